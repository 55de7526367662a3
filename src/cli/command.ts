/**
 * What every command is: a name, a one-line summary, its usage text, the options node's
 * util.parseArgs understands, and a run function. Errors meant for the user are CliErrors: one
 * line, and the exit code (1 for a problem with a file or its data, 2 for a wrong command line).
 */
import type { ParseArgsConfig } from "node:util";

export interface Io {
  /** Writes to standard output as given (add the newline yourself). */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Relative paths are relative to this folder. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The clock, for "today". */
  readonly now: () => Date;
}

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** What parseArgs gives a command: option values by name, then the positional arguments. */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** The full help text, from the usage line on. */
  readonly usage: string;
  readonly options: Options;
  run(args: Parsed, io: Io): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE
  ) {
    super(message);
    this.name = "CliError";
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}
