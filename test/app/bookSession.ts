/** A MemoryWorkbook holding the small book, with the settings sheet and (optionally) a confirmed mapping. */
import { loadBook, type LoadedBook } from "../../src/app/loadBook";
import { confirmMapping, createSettingsSheet } from "../../src/app/setupActions";
import { guessMapping } from "../../src/core/book/clientFields";
import type { DateSystem } from "../../src/core/dates/serial";
import { DEFAULT_SETTINGS, type RotationSettings } from "../../src/core/book/settings";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WorkbookPort } from "../../src/workbook/workbookPort";
import { DATE_COLUMNS, HEADERS, ROWS, ROWS_1904 } from "../fixtures/smallBook";
import {
  HOUSEHOLD_DATE_COLUMNS,
  HOUSEHOLD_HEADERS,
  HOUSEHOLD_ROWS,
} from "../fixtures/householdBook";

export async function smallWorkbook(
  options: { settings?: RotationSettings; confirmed?: boolean; system?: DateSystem } = {}
): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook();
  // A 1904 workbook holds the same days as 1904 serials, its settings sheet written as such.
  port.system = options.system ?? "1900";
  await port.createTable(
    "Book",
    "Clients",
    HEADERS,
    port.system === "1904" ? ROWS_1904 : ROWS,
    DATE_COLUMNS
  );
  await createSettingsSheet(port, options.settings ?? { ...DEFAULT_SETTINGS, me: "Dana" });
  if (options.confirmed ?? true) await confirmMapping(port, "Clients", guessMapping(HEADERS));
  return port;
}

/** The book as the pane loads it; a test fails at once where no client table is found. */
export async function loaded(port: WorkbookPort): Promise<LoadedBook> {
  const book = await loadBook(port);
  if (book.state !== "loaded") throw new Error("no client table found");
  return book;
}

/** A MemoryWorkbook holding the household book (fixtures/householdBook.ts), mapped, with settings. */
export async function householdWorkbook(
  settings: RotationSettings = { ...DEFAULT_SETTINGS, me: "Dana" }
): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook();
  await port.createTable(
    "Book",
    "Clients",
    HOUSEHOLD_HEADERS,
    HOUSEHOLD_ROWS,
    HOUSEHOLD_DATE_COLUMNS
  );
  await createSettingsSheet(port, settings);
  await confirmMapping(port, "Clients", guessMapping(HOUSEHOLD_HEADERS));
  return port;
}
