/** The process entry of `relationship-hour` (bin/relationship-hour.js runs it through tsx). */
import { main } from "./main";

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`relationship-hour: unexpected error: ${String(error)}\n`);
    process.exitCode = 1;
  }
);
