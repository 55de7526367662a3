/**
 * Everything the add-in asks of a workbook, as one small interface. The task pane and the engine
 * speak only to this; Office.js lives behind it (excelWorkbook.ts), and an in-memory or .xlsx
 * workbook can implement the same promises.
 */
import type { Cell } from "../core/cells/cells";
import type { DateSystem } from "../core/dates/serial";
import type { SheetLayout } from "../core/sheets/sheetLayout";
import type { SheetGrid } from "../core/book/clientListArea";

export type { ChartKind, ChartSeries, SheetChart } from "../core/sheets/sheetChart";
export type { SheetBlock, SheetLayout, SheetList } from "../core/sheets/sheetLayout";

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rowCount: number;
}

export interface TableData extends TableInfo {
  /** The data body, row by row, as values (dates as serial numbers). */
  readonly rows: readonly (readonly Cell[])[];
  /** The worksheet row number of the first data row, to name rows in messages. */
  readonly firstRowNumber: number;
}

/** A change to one client's row, found again by its ID at the moment of writing. */
export interface ClientRowUpdate {
  readonly table: string;
  readonly idHeader: string;
  readonly clientId: string;
  /** Header → value. Strings are written as text, never as formulas. */
  readonly values: Readonly<Record<string, Cell>>;
}

/** A row to take out of a table (undo of a logged contact), found again by its values. */
export interface RowToRemove {
  readonly table: string;
  /** Header → value: the last data row holding all of these is removed. */
  readonly match: Readonly<Record<string, Cell>>;
}

/** One client's update, several (all in one table), or none. */
export type ClientRowUpdates = ClientRowUpdate | readonly ClientRowUpdate[] | null;

/** The updates as a list. */
export function updateList(update: ClientRowUpdates): readonly ClientRowUpdate[] {
  if (update === null) return [];
  return Array.isArray(update) ? update : [update as ClientRowUpdate];
}

export interface NewRows {
  readonly table: string;
  /** Where to create the table when it does not exist yet. */
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Column indexes whose values are typed text: written with the text format. */
  readonly textColumns: readonly number[];
  /** Column indexes holding dates, formatted as dates. */
  readonly dateColumns: readonly number[];
}

/**
 * A sheet's used range, values and formulas, for the client list finder (clientListArea.ts): the
 * whole range, since the list's end (a totals row, notes) is as much its business as the header.
 */
export interface PlainSheet extends SheetGrid {
  readonly sheet: string;
  /** The used range, without the sheet name ("A1:F40"); the grid's top-left is its first cell. */
  readonly address: string;
}

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

export interface WorkbookPort {
  /** Every table in the workbook with its headers. */
  listTables(): Promise<TableInfo[]>;
  /** The active sheet's used range when it holds no table: offered to be made into one. */
  describeActiveSheet(): Promise<PlainSheet | null>;
  convertToTable(sheet: string, address: string, name: string): Promise<TableInfo>;
  /** The whole table, read in chunks small enough for Excel on the web. */
  readTable(name: string): Promise<TableData>;
  /** Null when there is no such table. */
  readTableIfExists(name: string): Promise<TableData | null>;
  /** A value the add-in keeps in the workbook itself (not on a sheet). */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
  /** Adds a column with these values, row by row, provided the table still has that many rows. */
  addColumn(table: string, header: string, values: readonly Cell[]): Promise<WriteResult>;
  /** The values of workbook names; null for a name that does not exist. */
  readNames(names: readonly string[]): Promise<Record<string, Cell[][] | null>>;
  /**
   * Creates a sheet the add-in owns, or writes its blocks into it again: only the blocks' cells are
   * written, so whatever the user typed elsewhere on the sheet stays; its charts replace the
   * add-in's charts of the same names, never the user's.
   */
  writeSheet(layout: SheetLayout): Promise<void>;
  sheetExists(sheet: string): Promise<boolean>;
  /**
   * The values of `address` ("A1:H140") on a sheet, a row each, blanks as ""; null when there is no
   * such sheet. What a plan sheet holds is read before it is regenerated, so a sheet written by an
   * earlier layout can be brought up to date. Optional: a workbook without it regenerates plans as
   * they are.
   */
  readSheetValues?(sheet: string, address: string): Promise<Cell[][] | null>;
  /** Brings a sheet to the front (the one Excel shows); refused when it no longer exists. */
  showSheet(sheet: string): Promise<WriteResult>;
  /**
   * Appends rows to a table (creating it on its own sheet first if needed) and, in the same batch,
   * updates client rows found again by ID: one (a logged contact) or many of the same table (a
   * mailing logged as sent). At most two syncs however many; when any client is no longer in the
   * table the whole batch is refused with a message, and nothing is written.
   */
  appendAndUpdate(append: NewRows, update: ClientRowUpdates): Promise<WriteResult>;
  /**
   * Removes the last row of a table matching `remove` (rows below move up) and, in the same batch,
   * updates client rows found again by ID: the undo of a logged contact (one client, or every
   * member of a household it moved on). At most two syncs; when the row or a client is not found
   * nothing is written.
   */
  removeRowAndUpdate(remove: RowToRemove, update: ClientRowUpdates): Promise<WriteResult>;
  /**
   * The date system of the serial numbers this workbook reads and writes: "1904" only for an Excel
   * workbook set to it, whose serials are 1,462 lower for the same day. (The .xlsx workbook turns
   * dates into 1900-system serials itself, and the in-memory one holds whatever it is given.)
   */
  dateSystem(): Promise<DateSystem>;
  /** Writes a new table on a new sheet (the sample client list). */
  createTable(
    sheet: string,
    name: string,
    headers: readonly string[],
    rows: readonly (readonly Cell[])[],
    dateColumns: readonly number[]
  ): Promise<TableInfo>;
}
