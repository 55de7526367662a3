/** A command that is planned but not built yet: it says so, with exit code 2. */
import { CliError, EXIT_USAGE, type Command, type Options } from "../command";

export function notAvailable(
  name: string,
  summary: string,
  usage: string,
  options: Options
): Command {
  return {
    name,
    summary: `${summary} (not available yet)`,
    usage: `${usage}\n\nNot available yet.\n`,
    options,
    run: async () => {
      throw new CliError(`'${name}' is not available yet`, EXIT_USAGE);
    },
  };
}
