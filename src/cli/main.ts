/**
 * The command line: `relationship-hour <command> [options]`. main() takes the arguments and the
 * process's streams and returns the exit code, so tests run it in-process. Every error ends here:
 * one line on standard error, "relationship-hour: <what and where>", exit code 1 (2 for a wrong
 * command line); a stack trace only with RH_DEBUG=1.
 */
import { parseArgs } from "node:util";
import packageJson from "../../package.json";
import { COMMANDS } from "./commands";
import {
  CliError,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  usageError,
  type Command,
  type Io,
  type Parsed,
} from "./command";

const NAME = "relationship-hour";

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: ${NAME} <command> [options]

Relationship Hour on .xlsx files: the same client table, Rotation Settings sheet and Contact Log
as the Excel add-in, so a workbook can go back and forth between both.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run "${NAME} <command> --help" for a command's options. A command that changes a
book writes a new file unless given --in-place, and never replaces a file without --force.
Errors: one line on standard error, exit code 1 (2 for a wrong command line); RH_DEBUG=1 adds
the stack trace.
`;
}

function parse(command: Command, argv: readonly string[]): Parsed & { help: boolean } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals, help: values.help === true };
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (!code.startsWith("ERR_PARSE_ARGS")) throw error;
    // Node's messages run to two sentences of advice; the first says what is wrong.
    const first = (error as Error).message.split(/\.\s/)[0].replace(/\.$/, "");
    throw usageError(`${command.name}: ${first} (see ${NAME} ${command.name} --help)`);
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(usage());
    return EXIT_USAGE;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const about = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && about === undefined)
      throw usageError(`unknown command "${rest[0]}"`);
    io.stdout(about === undefined ? usage() : about.usage);
    return EXIT_OK;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${NAME} ${packageJson.version}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (command === undefined) {
    throw usageError(
      `unknown command "${first}" (commands: ${COMMANDS.map((c) => c.name).join(", ")}; see ${NAME} --help)`
    );
  }
  const parsed = parse(command, rest);
  if (parsed.help) {
    io.stdout(command.usage);
    return EXIT_OK;
  }
  return command.run(parsed, io);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const debug = (io.env.RH_DEBUG ?? "") !== "" && io.env.RH_DEBUG !== "0";
    if (error instanceof CliError) {
      io.stderr(`${NAME}: ${oneLine(error.message)}\n`);
      if (debug && error.stack) io.stderr(`${error.stack}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `${NAME}: unexpected error: ${oneLine(message)}${debug ? "" : " (set RH_DEBUG=1 to see where)"}\n`
    );
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_FAILURE;
  }
}
