/**
 * What other programs read from a package the package layer wrote: openpyxl directly, and
 * LibreOffice Calc by opening the file and saving it again (then read by openpyxl too).
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { hasLibreOffice, resaveWithCalc, SOFFICE } from "../../../cli/libreOffice";

const PYTHON = "/usr/bin/python3";
const READ_BOOK = path.join(__dirname, "readBook.py");

export type Shown = string | number | boolean | null;

export interface SheetRead {
  readonly state: string;
  readonly rows: Shown[][];
  readonly tables: Record<string, { ref: string; columns: string[] }>;
  readonly dateFormats: string[];
}

export interface BookRead {
  readonly sheets: Record<string, SheetRead>;
}

export function readWithOpenpyxl(file: string): BookRead {
  return JSON.parse(execFileSync(PYTHON, [READ_BOOK, file], { encoding: "utf8" })) as BookRead;
}

/** The bytes written to `name` in `dir`, then read by openpyxl. */
export function openpyxlReads(dir: string, name: string, bytes: Buffer): BookRead {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return readWithOpenpyxl(file);
}

/** The bytes opened and saved again by LibreOffice Calc, then read by openpyxl. */
export async function calcReads(dir: string, name: string, bytes: Buffer): Promise<BookRead> {
  if (!hasLibreOffice())
    throw new Error(`${SOFFICE} is missing: install libreoffice-calc-nogui to run this test`);
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const out = path.join(dir, "calc");
  const saved = await resaveWithCalc(file, out, path.join(dir, "profile"));
  return readWithOpenpyxl(saved);
}
