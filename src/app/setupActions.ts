/** One-click set-up: the settings sheet, client IDs, a table from the active sheet, a sample book. */
import type { Cell } from "../core/cells/cells";
import { guessMapping, type ColumnMapping } from "../core/book/clientFields";
import { CONTACT_LOG_TABLE } from "../core/book/contactLog";
import { columnsFrom1900 } from "../core/cells/dateSystemCells";
import {
  SAMPLE_DATE_COLUMNS,
  SAMPLE_HEADERS,
  sampleBook,
  type SampleBook,
} from "../core/sample/sampleBook";
import type { DaySerial } from "../core/dates/serial";
import { settingsLayout, type RotationSettings } from "../core/book/settings";
import type { TableInfo, WorkbookPort, WriteResult } from "../workbook/workbookPort";
import { logAppend } from "./contactActions";
import { saveMapping, type LoadedBook } from "./loadBook";
import { writeOwnedSheet } from "./writeOwnedSheet";
import { INTRODUCTIONS_TABLE } from "../core/introductions/introductions";
import { introductionAppend } from "./introductionActions";

export const SAMPLE_TABLE = "Clients";
export const ID_HEADER = "Client ID";

/**
 * Writes the "Rotation Settings" sheet with the settings in force and its named ranges. There may
 * be no book yet, so the workbook is asked its date system, and only when there are holidays.
 */
export async function createSettingsSheet(
  port: WorkbookPort,
  settings: RotationSettings
): Promise<void> {
  await writeOwnedSheet(port, settingsLayout(settings));
}

export async function confirmMapping(
  port: WorkbookPort,
  table: string,
  mapping: ColumnMapping
): Promise<void> {
  await saveMapping(port, table, mapping);
}

/**
 * Adds a "Client ID" column with stable IDs (C-0001, C-0002… in the table's current order) and maps
 * it. IDs stay with their rows when the table is sorted later; the row count is checked again
 * before writing, so rows added meanwhile are not left without one.
 */
export async function addClientIds(port: WorkbookPort, book: LoadedBook): Promise<WriteResult> {
  const header = book.table.headers.includes(ID_HEADER) ? `${ID_HEADER} (added)` : ID_HEADER;
  const ids: Cell[] = Array.from(
    { length: book.table.rowCount },
    (_, i) => `C-${String(i + 1).padStart(4, "0")}`
  );
  const result = await port.addColumn(book.table.name, header, ids);
  if (result.ok) await saveMapping(port, book.table.name, { ...book.mapping, id: header });
  return result;
}

export interface WrittenSample {
  readonly table: TableInfo;
  /** Contact Log entries written: none when the workbook had a log already. */
  readonly logged: number;
}

/**
 * Writes a sample book: the client table on a sheet of its own, its Contact Log history, and the
 * mapping, confirmed at once (the headers are ours, so there is nothing to ask). A Contact Log the
 * workbook has already is left alone: the sample's history would mix with real contacts, under the
 * very IDs (C-0001…) addClientIds gives a real table. There is no book yet, so the workbook is
 * asked its date system, for the sample's dates to show the days they are.
 */
export async function writeSample(
  port: WorkbookPort,
  sheet: string,
  sample: SampleBook
): Promise<WrittenSample> {
  const tables = new Set((await port.listTables()).map((t) => t.name.toLowerCase()));
  const hasLog = tables.has(CONTACT_LOG_TABLE.toLowerCase());
  const system = await port.dateSystem();
  const table = await port.createTable(
    sheet,
    SAMPLE_TABLE,
    SAMPLE_HEADERS,
    columnsFrom1900(sample.rows, SAMPLE_DATE_COLUMNS, system),
    SAMPLE_DATE_COLUMNS
  );
  let logged = 0;
  if (!hasLog && sample.log.length > 0) {
    const result = await port.appendAndUpdate(logAppend(sample.log, system), null);
    if (!result.ok) throw new Error(result.message);
    logged = sample.log.length;
  }
  // The introductions the sample's clients made, in their own table (not over one already there).
  if (!tables.has(INTRODUCTIONS_TABLE.toLowerCase()) && sample.introductions.length > 0) {
    const result = await port.appendAndUpdate(
      introductionAppend(sample.introductions, system),
      null
    );
    if (!result.ok) throw new Error(result.message);
  }
  await saveMapping(port, table.name, guessMapping(SAMPLE_HEADERS));
  return { table, logged };
}

/** The pane's sample, to try the add-in without real data: 500 clients and their history. */
export function insertSample(port: WorkbookPort, asOf: DaySerial): Promise<WrittenSample> {
  return writeSample(port, "Sample clients", sampleBook({ asOf }));
}

/** Makes the active sheet's used range into a table the add-in can read. */
export async function makeTable(port: WorkbookPort, sheet: string, address: string): Promise<void> {
  await port.convertToTable(sheet, address, "Clients");
}
