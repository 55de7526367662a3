/** One-click set-up: the settings sheet, client IDs, a table from the active sheet, a sample list. */
import type { Cell } from "../core/cells";
import { guessMapping, type ColumnMapping } from "../core/clientFields";
import { SAMPLE_DATE_COLUMNS, SAMPLE_HEADERS, sampleRows } from "../core/sampleBook";
import type { DaySerial } from "../core/serial";
import { settingsLayout, type RotationSettings } from "../core/settings";
import type { WorkbookPort, WriteResult } from "../workbook/workbookPort";
import { saveMapping, type LoadedBook } from "./loadBook";

export const SAMPLE_TABLE = "Clients";
export const ID_HEADER = "Client ID";

/** Writes the "Rotation Settings" sheet with the settings in force and its named ranges. */
export async function createSettingsSheet(
  port: WorkbookPort,
  settings: RotationSettings
): Promise<void> {
  await port.writeSheet(settingsLayout(settings));
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

/**
 * Inserts a realistic sample client list on its own sheet, to try the add-in without real data.
 * Its headers are ours, so the mapping is exact and is confirmed at once: nothing to ask.
 */
export async function insertSample(port: WorkbookPort, asOf: DaySerial): Promise<void> {
  const table = await port.createTable(
    "Sample clients",
    SAMPLE_TABLE,
    SAMPLE_HEADERS,
    sampleRows({ asOf, size: 60 }),
    SAMPLE_DATE_COLUMNS
  );
  await saveMapping(port, table.name, guessMapping(SAMPLE_HEADERS));
}

/** Makes the active sheet's used range into a table the add-in can read. */
export async function makeTable(port: WorkbookPort, sheet: string, address: string): Promise<void> {
  await port.convertToTable(sheet, address, "Clients");
}
