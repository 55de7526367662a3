/**
 * The README's command-line example, run as printed on a day other than its --date (the issue:
 * a sample made "today" and read with --date 2026-03-02 printed "-142 days ago").
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { tempFolder } from "./cliHarness";

function readmeCommand(command: string): string[] {
  const readme = readFileSync(path.join(__dirname, "../../README.md"), "utf8");
  const line = readme.split("\n").find((l) => l.startsWith(`npx relationship-hour ${command} `));
  if (line === undefined) throw new Error(`the README has no "${command}" example`);
  return line.replace(/#.*$/, "").trim().split(/\s+/).slice(2);
}

test("the README's sample and today agree on the date, whatever day it is run", async () => {
  const folder = tempFolder();
  // The README's first line: `mkdir -p scratch`.
  mkdirSync(path.join(folder.dir, "scratch"));
  try {
    let stdout = "";
    const io = {
      stdout: (text: string) => (stdout += text),
      stderr: () => undefined,
      cwd: folder.dir,
      env: {},
      now: () => new Date(2026, 11, 4, 12),
    };
    expect(await main(readmeCommand("sample"), io)).toBe(0);
    stdout = "";
    expect(await main(readmeCommand("today"), io)).toBe(0);
    expect(stdout).toMatch(/days ago/);
    expect(stdout).not.toMatch(/-\d+ days? ago|after the as-of date/);
  } finally {
    folder.remove();
  }
});
