/**
 * Which .xlsx implementation a command reads a book with. `package` (the package layer in
 * src/workbook/xlsx/package) reads only the sheets a command needs and writes back only what
 * changed, keeping every other part of the file as it was: every command that opens a book uses
 * it (plan sheets are written as sheet XML, see sheetWrite.ts). `exceljs` rewrites the whole file
 * and loses what it does not model (see unkeptParts.ts): it is kept as the benchmark's "before"
 * (RELATIONSHIP_HOUR_ENGINE=exceljs).
 */
import type { PlainSheet, WorkbookPort } from "../workbook/workbookPort";
import { PackageWorkbook } from "../workbook/xlsx/package/packageWorkbook";
import type * as XlsxModule from "../workbook/xlsx/xlsxWorkbook";
import { unkeptParts, type UnkeptParts } from "./unkeptParts";

export type BookEngine = "package" | "exceljs";

/** What the command line needs of a workbook beyond the port. */
export interface CliWorkbook extends WorkbookPort {
  plainSheets(): PlainSheet[];
  toBytes(): Buffer | Promise<Buffer>;
}

export interface ReadWorkbook {
  readonly port: CliWorkbook;
  readonly unkept: UnkeptParts;
}

const NOTHING_LOST: UnkeptParts = { work: [], addInSettings: false };

/** Throws a plain Error with the reason when the bytes are not a readable workbook. */
export async function readWorkbook(bytes: Buffer, engine: BookEngine): Promise<ReadWorkbook> {
  if (engine === "package") {
    const port = PackageWorkbook.fromBytes(bytes);
    if (port.pkg.sheets.length === 0) throw new NoWorksheets();
    return { port, unkept: NOTHING_LOST };
  }
  // exceljs takes about a second to load: only the commands that still need it pay for it.
  // A require, not import(): tsx's CommonJS hook resolves it; its ESM path wants file extensions.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { XlsxWorkbook } = require("../workbook/xlsx/xlsxWorkbook") as typeof XlsxModule;
  const port = await XlsxWorkbook.fromBytes(bytes);
  if (port.workbook.worksheets.length === 0) throw new NoWorksheets();
  return { port, unkept: unkeptParts(bytes) };
}

export class NoWorksheets extends Error {
  constructor() {
    super("no worksheets");
  }
}
