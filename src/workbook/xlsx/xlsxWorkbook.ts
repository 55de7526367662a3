/**
 * The workbook interface over an .xlsx file held in memory by exceljs: what the command line
 * reads and writes, with the same rules as the Office.js adapter. Tables are Excel tables; a
 * sheet without one can be made into one (convertToTable), as the pane offers. The add-in's
 * workbook settings (the confirmed column mapping) are kept on a hidden sheet, "_RelationshipHour",
 * one key and value a row, since exceljs cannot reach the Office add-in settings part; the
 * Rotation Settings sheet and its names, the client table and the Contact Log are the same cells
 * and names the add-in uses. Strings are written as text; a client's row is found again by its ID
 * when it is written; checks come before the first write, so a refusal leaves the book unchanged.
 */
import type { DateSystem } from "../../core/dates/serial";
import ExcelJS from "exceljs";
import type { Cell } from "../../core/cells/cells";
import { cellName, parseRange } from "../shared/a1";
import { sameName } from "../shared/cellWrites";
import { readCell, type WriteKind } from "./xlsxCells";
import { appendAndUpdate, removeRowAndUpdate } from "./xlsxLogWrite";
import {
  columnTaken,
  noSuchSheet,
  noSuchTable,
  refuse,
  rowCountChanged,
  tableGone,
  tableNameTaken,
} from "../shared/refusals";
import { loadStoredSetting, storeSetting } from "./xlsxSettingsStore";
import { writeOwnedSheet } from "./xlsxOwnedSheet";
import {
  addColumnProblem,
  addTableOver,
  appendColumn,
  cellAt,
  createSheetTable,
  findTable,
  geometry,
  readBody,
  repairLoadedTable,
  tableHeaders,
  tablesOf,
  uniqueColumnNames,
  usedRange,
  type SheetTable,
} from "./xlsxTables";
export { SETTINGS_STORE_SHEET } from "./xlsxSettingsStore";
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

export class XlsxWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {
    for (const { sheet, model } of tablesOf(workbook)) repairLoadedTable(sheet, model);
  }

  static async fromBytes(bytes: Uint8Array): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return new XlsxWorkbook(workbook);
  }

  async toBytes(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  private info({ sheet, model }: SheetTable): TableInfo {
    const g = geometry(model);
    return {
      name: model.name,
      sheet: sheet.name,
      headers: tableHeaders(model),
      rowCount: g.lastBodyRow - g.firstBodyRow + 1,
    };
  }

  async listTables(): Promise<TableInfo[]> {
    return tablesOf(this.workbook).map((t) => this.info(t));
  }

  /**
   * Sheets with data and no table, each with its used range's values and formulas (the command
   * line looks at all of them; formulas tell a totals row under the list).
   */
  plainSheets(): PlainSheet[] {
    const withTables = new Set(tablesOf(this.workbook).map((t) => t.sheet.name));
    return this.workbook.worksheets.flatMap((sheet) => {
      const used =
        withTables.has(sheet.name) || sheet.state !== "visible" ? null : usedRange(sheet);
      if (used === null) return [];
      const values: Cell[][] = [];
      const formulas: Cell[][] = [];
      for (let r = used.from.row; r <= used.to.row; r++) {
        const rowValues: Cell[] = [];
        const rowFormulas: Cell[] = [];
        for (let c = used.from.column; c <= used.to.column; c++) {
          const cell = cellAt(sheet, r, c);
          rowValues.push(readCell(cell.value));
          const formula = cell.formula as string | undefined;
          rowFormulas.push(typeof formula === "string" && formula !== "" ? `=${formula}` : "");
        }
        values.push(rowValues);
        formulas.push(rowFormulas);
      }
      const address = `${cellName(used.from)}:${cellName(used.to)}`;
      return [{ sheet: sheet.name, address, values, formulas }];
    });
  }

  /** The active sheet (the one Excel opens on) when it has data and no table. */
  async describeActiveSheet(): Promise<PlainSheet | null> {
    const views = (this.workbook.views ?? []) as { activeTab?: number }[];
    const active =
      this.workbook.worksheets[views[0]?.activeTab ?? 0] ?? this.workbook.worksheets[0];
    return this.plainSheets().find((s) => s.sheet === active?.name) ?? null;
  }

  async convertToTable(sheetName: string, address: string, name: string): Promise<TableInfo> {
    const sheet = this.sheet(sheetName);
    if (sheet === undefined) throw new Error(`There is no sheet "${sheetName}" in this workbook.`);
    if (findTable(this.workbook, name) !== null) throw tableNameTaken(name);
    const { from, to } = parseRange(address);
    const headers: Cell[] = [];
    for (let c = from.column; c <= to.column; c++)
      headers.push(readCell(cellAt(sheet, from.row, c).value));
    addTableOver(sheet, name, from, uniqueColumnNames(headers), to.row - from.row);
    return this.info(findTable(this.workbook, name)!);
  }

  async readTable(name: string): Promise<TableData> {
    const data = await this.readTableIfExists(name);
    if (data === null) throw noSuchTable(name);
    return data;
  }

  async readTableIfExists(name: string): Promise<TableData | null> {
    const table = findTable(this.workbook, name);
    if (table === null) return null;
    return {
      ...this.info(table),
      rows: readBody(table.sheet, table.model),
      firstRowNumber: geometry(table.model).firstBodyRow + 1,
    };
  }

  async loadSetting(key: string): Promise<string | null> {
    return loadStoredSetting(this.workbook, key);
  }

  async saveSetting(key: string, value: string): Promise<void> {
    storeSetting(this.workbook, key, value);
  }

  async addColumn(
    tableName: string,
    header: string,
    values: readonly Cell[]
  ): Promise<WriteResult> {
    const table = findTable(this.workbook, tableName);
    if (table === null) return tableGone(tableName);
    const { rowCount, headers } = this.info(table);
    if (rowCount !== values.length) return rowCountChanged(tableName, rowCount, values.length);
    if (headers.some((h) => sameName(h, header))) return columnTaken(tableName, header);
    const problem = addColumnProblem(table.sheet, table.model);
    if (problem !== null) return refuse(problem);
    appendColumn(table.sheet, table.model, header, values, "general");
    return { ok: true };
  }

  async readNames(names: readonly string[]): Promise<Record<string, Cell[][] | null>> {
    const result: Record<string, Cell[][] | null> = {};
    for (const name of names) {
      const [first] = this.workbook.definedNames.getRanges(name).ranges;
      const bang = first === undefined ? -1 : first.lastIndexOf("!");
      const sheet =
        bang < 0
          ? undefined
          : this.sheet(
              first
                .slice(0, bang)
                .replace(/^'(.*)'$/, "$1")
                .replace(/''/g, "'")
            );
      if (sheet === undefined) {
        result[name] = null;
        continue;
      }
      const { from, to } = parseRange(first);
      const rows: Cell[][] = [];
      for (let r = from.row; r <= to.row; r++) {
        const row: Cell[] = [];
        for (let c = from.column; c <= to.column; c++)
          row.push(readCell(cellAt(sheet, r, c).value));
        rows.push(row);
      }
      result[name] = rows;
    }
    return result;
  }

  /** Writes only the blocks' cells, and the sheet's set-up; see xlsxOwnedSheet.ts. */
  async writeSheet(layout: SheetLayout): Promise<void> {
    writeOwnedSheet(this.workbook, this.sheet(layout.sheet), layout);
  }

  /** exceljs reads a date cell of either system as a Date, which xlsxCells.ts makes a 1900 serial. */
  async dateSystem(): Promise<DateSystem> {
    return "1900";
  }

  /** The file opens on this sheet next time (its workbook view's active tab). */
  async showSheet(sheet: string): Promise<WriteResult> {
    const index = this.workbook.worksheets.findIndex((s) => s.name === sheet);
    if (index < 0) return { ok: false, message: noSuchSheet(sheet) };
    const views = (this.workbook.views ?? []) as { activeTab?: number }[];
    this.workbook.views = [{ ...(views[0] ?? {}), activeTab: index }, ...views.slice(1)] as never;
    return { ok: true };
  }

  async readSheetValues(name: string, address: string): Promise<Cell[][] | null> {
    const sheet = this.sheet(name);
    if (sheet === undefined) return null;
    const { from, to } = parseRange(address);
    return Array.from({ length: to.row - from.row + 1 }, (_, r) =>
      Array.from({ length: to.column - from.column + 1 }, (_, c) =>
        readCell(cellAt(sheet, from.row + r, from.column + c).value)
      )
    );
  }

  async sheetExists(sheet: string): Promise<boolean> {
    return this.sheet(sheet) !== undefined;
  }

  /** Checks everything, then writes everything; see xlsxLogWrite.ts. */
  async appendAndUpdate(append: NewRows, update: ClientRowUpdates): Promise<WriteResult> {
    return appendAndUpdate(this.workbook, append, update);
  }

  async removeRowAndUpdate(remove: RowToRemove, update: ClientRowUpdates): Promise<WriteResult> {
    return removeRowAndUpdate(this.workbook, remove, update);
  }

  async createTable(
    sheet: string,
    name: string,
    headers: readonly string[],
    rows: readonly (readonly Cell[])[],
    dateColumns: readonly number[]
  ): Promise<TableInfo> {
    const kinds = headers.map((_, c): WriteKind => (dateColumns.includes(c) ? "date" : "general"));
    const created = createSheetTable(this.workbook, sheet, name, headers, rows, kinds);
    return this.info(created);
  }

  private sheet(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.worksheets.find((s) => sameName(s.name, name));
  }
}
