/**
 * LibreOffice Calc as the "other spreadsheet application": it opens a workbook headless and saves
 * it again as .xlsx, recalculating every formula on the way. `npm test` installs it from Debian
 * (libreoffice-calc-nogui) when it is missing.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";

export const SOFFICE = "/usr/bin/soffice";

export function hasLibreOffice(): boolean {
  return existsSync(SOFFICE);
}

/** Opens `file` in Calc and saves it as .xlsx in `outDir`; resolves with the new file's path. */
export function resaveWithCalc(file: string, outDir: string, profileDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      SOFFICE,
      [
        // A profile of its own, so a desktop LibreOffice running meanwhile does not take the job.
        `-env:UserInstallation=file://${profileDir}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        outDir,
        file,
      ],
      { timeout: 120_000 },
      (error, stdout, stderr) => {
        const out = path.join(outDir, path.basename(file));
        if (error !== null) reject(new Error(`soffice failed: ${error.message}\n${stderr}`));
        else if (!existsSync(out)) reject(new Error(`soffice wrote nothing:\n${stdout}${stderr}`));
        else resolve(out);
      }
    );
  });
}

export type Shown = string | number | boolean | null;

/**
 * A cell as a reader sees it, whoever wrote the file: dates as yyyy-mm-dd, formulas by their
 * result (the writer here stores none, so only their presence is compared), blanks as null.
 */
export function shown(cell: ExcelJS.Cell): Shown | { formula: true } {
  const value = cell.value;
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) return { formula: true };
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("error" in value) return String(value.error);
    if ("text" in value) return String(value.text);
    return JSON.stringify(value);
  }
  return value;
}

/** Every non-blank cell of a sheet, by address. */
export function cellsOf(sheet: ExcelJS.Worksheet): Map<string, ReturnType<typeof shown>> {
  const cells = new Map<string, ReturnType<typeof shown>>();
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = shown(cell);
      if (value !== null) cells.set(cell.address, value);
    })
  );
  return cells;
}

/** Spreadsheets keep 15 significant digits, rounded their own way: a relative 1e-13 is equal. */
function same(
  a: ReturnType<typeof shown> | undefined,
  b: ReturnType<typeof shown> | undefined
): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-13 * Math.max(1, Math.abs(a));
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Where two sheets' cells differ, as "B7: 1 ≠ 2" lines (none when they hold the same). */
export function differences(ours: ExcelJS.Worksheet, theirs: ExcelJS.Worksheet): string[] {
  const before = cellsOf(ours);
  const after = cellsOf(theirs);
  const addresses = new Set([...before.keys(), ...after.keys()]);
  return [...addresses]
    .filter((a) => !same(before.get(a), after.get(a)))
    .map(
      (a) => `${ours.name}!${a}: ${JSON.stringify(before.get(a))} ≠ ${JSON.stringify(after.get(a))}`
    );
}
