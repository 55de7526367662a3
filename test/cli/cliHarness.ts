/** Runs the command line in-process, with its output captured, in a folder of its own. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { serialFromDate } from "../../src/core/dates/serial";
import { SAMPLE_HEADERS, sampleBook } from "../../src/core/sample/sampleBook";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** 2026-03-02 at noon: "today" for every test that does not give a date. */
export const NOON = new Date(2026, 2, 2, 12);

export async function runCli(
  argv: readonly string[],
  cwd: string,
  env: Record<string, string> = {}
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env,
    now: () => NOON,
  });
  return { code, stdout, stderr };
}

export function tempFolder(): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rh-cli-"));
  return {
    dir,
    file: (name) => path.join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function readWithExcelJs(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** One line, starting with the program's name, and nothing that looks like a stack trace. */
export function expectOneClearLine(run: CliRun, pattern: RegExp): void {
  expect(run.stderr).toMatch(/^relationship-hour: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  expect(run.stdout).toBe("");
}

/**
 * A contacted client of `sample --date 2026-03-02 --clients N` who is on their own: a household's
 * member gets the family's plan, not a plan of their own.
 */
export function soloSampleClient(size: number): string {
  const { rows } = sampleBook({ asOf: serialFromDate({ year: 2026, month: 3, day: 2 }), size });
  const at = (h: (typeof SAMPLE_HEADERS)[number]) => SAMPLE_HEADERS.indexOf(h);
  const solo = rows.find(
    (r) => r[at("Household")] === "" && typeof r[at("Last contact")] === "number"
  );
  return solo![at("Client ID")] as string;
}
