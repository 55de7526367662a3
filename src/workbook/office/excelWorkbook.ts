/**
 * The workbook interface over Office.js. Every method is one Excel.run batch with a fixed, small
 * number of context.sync() calls (listed on each method); only reading a large table on Excel on
 * the web takes more, one per 4 MB chunk (see payload.ts). Writes go only to cells the add-in owns
 * or was asked to change, strings are written as text (cellWrites.ts), and a client row is found
 * again by its ID in the batch that writes it (logWrite.ts).
 */
import type { Cell } from "../../core/cells/cells";
import { SERIAL_1904_OFFSET, type DateSystem } from "../../core/dates/serial";
import { uniqueSheetName } from "../../core/sheets/sheetNames";
import {
  TEXT_FORMAT,
  fitRow,
  rowFormats,
  sameName,
  textOnlyRow,
  placeholderRow,
  toExcel,
} from "../shared/cellWrites";
import {
  columnTaken,
  noSuchSheet,
  noSuchTable,
  rowCountChanged,
  tableGone,
  tableNameTaken,
} from "../shared/refusals";
import { appendAndUpdate } from "./logWrite";
import { removeRowAndUpdate } from "./logRemove";
import { readNames, readSheetValues, writeSheet } from "./ownedSheet";
import { readRows } from "./chunkedRead";
import {
  findStoredSetting,
  SETTINGS_STORE_SHEET,
  type StoredSetting,
} from "../shared/settingsStoreSheet";
import { defaultBytesPerSync, errorCode } from "./payload";
import type {
  ClientRowUpdates,
  NewRows,
  PlainSheet,
  RowToRemove,
  SheetLayout,
  TableData,
  TableInfo,
  WorkbookPort,
  WriteResult,
} from "../workbookPort";

/** 1 January 2000 as a 1900-system serial. */
const Y2K_1900 = 36526;

/** Excel.run, or a stand-in for it in tests. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  /** Bytes one sync may read. Default: 4 MB on Excel on the web (its limit is 5 MB), unlimited elsewhere. */
  readonly bytesPerSync?: number;
  /** Whether the host has an ExcelApi requirement set, such as "1.8". Default: Office says. */
  readonly excelApi?: (version: string) => boolean;
}

function officeSupports(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", version))
  );
}

export class ExcelWorkbook implements WorkbookPort {
  private readonly run: RunBatch;
  private readonly bytesPerSync: () => number;
  private readonly excelApi: (version: string) => boolean;

  constructor(run?: RunBatch, options: ExcelWorkbookOptions = {}) {
    this.run =
      run ?? (<T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch));
    const fixed = options.bytesPerSync;
    this.bytesPerSync = fixed === undefined ? defaultBytesPerSync : () => fixed;
    this.excelApi = options.excelApi ?? officeSupports;
  }

  /** Two syncs: the tables with their sheets and headers, then their row counts. */
  listTables(): Promise<TableInfo[]> {
    return this.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name, items/worksheet/name, items/columns/items/name");
      await context.sync();
      const bodies = tables.items.map((table) => {
        const body = table.getDataBodyRange();
        body.load("rowCount");
        return body;
      });
      await context.sync();
      return tables.items.map((table, i) => ({
        name: table.name,
        sheet: table.worksheet.name,
        headers: table.columns.items.map((column) => column.name),
        rowCount: bodies[i].rowCount,
      }));
    });
  }

  /** One sync: the active sheet, the tables' sheets and the used range's values and formulas. */
  describeActiveSheet(): Promise<PlainSheet | null> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const tables = context.workbook.tables;
      tables.load("items/worksheet/name");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address, values, formulas");
      await context.sync();
      if (used.isNullObject || tables.items.some((t) => t.worksheet.name === sheet.name))
        return null;
      const address = used.address.slice(used.address.lastIndexOf("!") + 1);
      return {
        sheet: sheet.name,
        address,
        values: used.values as Cell[][],
        formulas: used.formulas as Cell[][],
      };
    });
  }

  /** One sync. */
  convertToTable(sheet: string, address: string, name: string): Promise<TableInfo> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const table = worksheet.tables.add(worksheet.getRange(address), true);
      table.name = name;
      table.load("name");
      table.columns.load("items/name");
      const body = table.getDataBodyRange();
      body.load("rowCount");
      await context.sync();
      return {
        name: table.name,
        sheet,
        headers: table.columns.items.map((c) => c.name),
        rowCount: body.rowCount,
      };
    });
  }

  async readTable(name: string): Promise<TableData> {
    const data = await this.readTableIfExists(name);
    if (data === null) throw noSuchTable(name);
    return data;
  }

  /**
   * One sync for the table's name, sheet, headers and row count, then the rows in chunks: one more
   * sync on desktop Excel whatever the size, one per chunk of about 4 MB on Excel on the web.
   */
  readTableIfExists(name: string): Promise<TableData | null> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItem(name);
      table.load("name, worksheet/name");
      table.columns.load("items/name");
      const body = table.getDataBodyRange();
      body.load("rowIndex, rowCount");
      try {
        await context.sync();
      } catch (error) {
        if (errorCode(error) === "ItemNotFound") return null;
        throw error;
      }
      const headers = table.columns.items.map((c) => c.name);
      const rows = await readRows(
        context,
        body,
        body.rowCount,
        headers.length,
        this.bytesPerSync()
      );
      return {
        name: table.name,
        sheet: table.worksheet.name,
        headers,
        rowCount: rows.length,
        rows,
        firstRowNumber: body.rowIndex + 1,
      };
    });
  }

  /**
   * One sync, two when the hidden settings sheet is there: a value on that sheet (written by the
   * command line, or by the add-in since) comes first, else Office's add-in setting.
   */
  loadSetting(key: string): Promise<string | null> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(key);
      setting.load("value");
      const store = context.workbook.worksheets.getItemOrNullObject(SETTINGS_STORE_SHEET);
      store.load("name");
      await context.sync();
      const stored = store.isNullObject ? null : (await storedSetting(context, store, key)).value;
      return stored ?? (setting.isNullObject ? null : String(setting.value));
    });
  }

  /** One sync, three when the hidden settings sheet is there: its row for the key is written too. */
  saveSetting(key: string, value: string): Promise<void> {
    return this.run(async (context) => {
      context.workbook.settings.add(key, value);
      const store = context.workbook.worksheets.getItemOrNullObject(SETTINGS_STORE_SHEET);
      store.load("name");
      await context.sync();
      if (store.isNullObject) return;
      const { row } = await storedSetting(context, store, key);
      const cells = store.getRange(`A${row}:B${row}`);
      cells.numberFormat = [[TEXT_FORMAT, TEXT_FORMAT]];
      cells.values = [[key, value]];
      await context.sync();
    });
  }

  /** Two syncs: the table's row count and headers, then the new column, in the same batch. */
  addColumn(tableName: string, header: string, values: readonly Cell[]): Promise<WriteResult> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItem(tableName);
      table.columns.load("items/name");
      const body = table.getDataBodyRange();
      body.load("rowCount");
      try {
        await context.sync();
      } catch (error) {
        if (errorCode(error) === "ItemNotFound") return tableGone(tableName);
        throw error;
      }
      if (body.rowCount !== values.length)
        return rowCountChanged(tableName, body.rowCount, values.length);
      // Excel refuses a second column of one name whatever the case: so does this, before writing.
      if (table.columns.items.some((c) => sameName(c.name, header)))
        return columnTaken(tableName, header);
      const rows = values.map((v) => [v]);
      const column = table.columns.add(undefined, [
        [header],
        ...rows.map((r) => placeholderRow(r, [])),
      ]);
      const cells = column.getDataBodyRange();
      cells.numberFormat = rows.map((r) => rowFormats(r, [], []));
      cells.values = rows.map((r) => textOnlyRow(r, []));
      await context.sync();
      return { ok: true };
    });
  }

  /** Two syncs (one when no name is a range); see ownedSheet.ts. */
  readNames(names: readonly string[]): Promise<Record<string, Cell[][] | null>> {
    return this.run((context) => readNames(context, names));
  }

  /** One sync; see ownedSheet.ts. */
  readSheetValues(sheet: string, address: string): Promise<Cell[][] | null> {
    return this.run((context) => readSheetValues(context, sheet, address));
  }

  /** At most three syncs, however many rows and charts; see ownedSheet.ts. */
  writeSheet(layout: SheetLayout): Promise<void> {
    const host = {
      secondaryAxis: this.excelApi("1.8"),
      pageLayout: this.excelApi("1.9"),
      dataValidation: this.excelApi("1.8"),
      tableResize: this.excelApi("1.13"),
    };
    return this.run((context) => writeSheet(context, layout, host));
  }

  /**
   * One sync: Excel's own DATE(2000,1,1) is 36526 in the 1900 date system and 1,462 less in the
   * 1904 one. (Office.js has no property for the date system; its worksheet functions, since
   * ExcelApi 1.2, answer in the workbook's.)
   */
  dateSystem(): Promise<DateSystem> {
    return this.run(async (context) => {
      const day = context.workbook.functions.date(2000, 1, 1);
      day.load("value");
      await context.sync();
      return day.value === Y2K_1900 - SERIAL_1904_OFFSET ? "1904" : "1900";
    });
  }

  /** One sync. */
  /** One sync; a sheet deleted meanwhile fails that sync and is refused. */
  showSheet(sheet: string): Promise<WriteResult> {
    return this.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      try {
        await context.sync();
        return { ok: true } as const;
      } catch {
        return { ok: false, message: noSuchSheet(sheet) } as const;
      }
    });
  }

  sheetExists(sheet: string): Promise<boolean> {
    return this.run(async (context) => {
      const found = context.workbook.worksheets.getItemOrNullObject(sheet);
      found.load("name");
      await context.sync();
      return !found.isNullObject;
    });
  }

  /** Two syncs; see logWrite.ts. */
  appendAndUpdate(append: NewRows, update: ClientRowUpdates): Promise<WriteResult> {
    return this.run((context) => appendAndUpdate(context, append, update));
  }

  /** Two syncs; see logRemove.ts. */
  removeRowAndUpdate(remove: RowToRemove, update: ClientRowUpdates): Promise<WriteResult> {
    return this.run((context) => removeRowAndUpdate(context, remove, update));
  }

  /** Two syncs: the sheet and table names, then the new sheet with its table. */
  createTable(
    sheet: string,
    name: string,
    headers: readonly string[],
    rows: readonly (readonly Cell[])[],
    dateColumns: readonly number[]
  ): Promise<TableInfo> {
    return this.run(async (context) => {
      const { worksheets, tables } = context.workbook;
      worksheets.load("items/name");
      tables.load("items/name");
      await context.sync();
      if (tables.items.some((t) => sameName(t.name, name))) throw tableNameTaken(name);
      const sheetName = uniqueSheetName(
        sheet,
        worksheets.items.map((s) => s.name)
      );
      const worksheet = worksheets.add(sheetName);
      const body = rows.map((r) => fitRow(r, headers.length));
      const range = worksheet.getRangeByIndexes(0, 0, body.length + 1, headers.length);
      range.numberFormat = [
        headers.map(() => TEXT_FORMAT),
        ...body.map((r) => rowFormats(r, [], dateColumns)),
      ];
      range.values = [[...headers], ...body.map((r) => r.map((cell) => toExcel(cell)))];
      const table = worksheet.tables.add(range, true);
      table.name = name;
      await context.sync();
      return { name, sheet: sheetName, headers: [...headers], rowCount: body.length };
    });
  }
}

/** One sync: the hidden settings sheet's key and value columns, and where `key` is among them. */
async function storedSetting(
  context: Excel.RequestContext,
  store: Excel.Worksheet,
  key: string
): Promise<StoredSetting> {
  const used = store.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  // The used range may start below row 1 or right of column A: padded, indexes are the sheet's.
  const rows: Cell[][] = used.isNullObject
    ? []
    : [
        ...Array.from({ length: used.rowIndex }, () => []),
        ...(used.values as Cell[][]).map((r) => [
          ...Array.from({ length: used.columnIndex }, () => ""),
          ...r,
        ]),
      ];
  return findStoredSetting(rows, key);
}
