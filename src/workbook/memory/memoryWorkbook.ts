/**
 * A workbook held in memory, behind the same interface as Excel: the tests' workbook, and the
 * task pane's preview outside Office. It keeps Excel's rules that matter here: tables have headers
 * and rows, text written as text stays text, and a client row is found again by its ID.
 */
import type { DateSystem } from "../../core/dates/serial";
import { isBlank, type Cell } from "../../core/cells/cells";
import { uniqueSheetName } from "../../core/sheets/sheetNames";
import { parseCell, parseRange } from "../shared/a1";
import { sameName } from "../shared/cellWrites";
import { clientRowInTable, type RowTarget } from "../shared/clientRowTarget";
import { inLogOrder, logColumns } from "../shared/logColumns";
import { lastMatchingRow } from "../shared/rowMatch";
import {
  clientTableGone,
  columnTaken,
  noSuchSheet,
  noSuchTable,
  rowCountChanged,
  tableGone,
  tableNameTaken,
} from "../shared/refusals";
import type {
  ClientRowUpdate,
  NewRows,
  PlainSheet,
  RowToRemove,
  ClientRowUpdates,
  SheetChart,
  SheetList,
  SheetLayout,
  TableData,
  TableInfo,
  WorkbookPort,
  WriteResult,
} from "../workbookPort";
import { updateList } from "../workbookPort";
import type { BlockLook, SheetHighlight } from "../../core/sheets/sheetLayout";

interface MemoryTable {
  name: string;
  sheet: string;
  headers: string[];
  rows: Cell[][];
  /** Number formats by "row,column" of the data body, where one was set. */
  formats: Map<string, string>;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly tables = new Map<string, MemoryTable>();
  /** Cells of sheets the add-in writes itself, by sheet, then "row,column". */
  readonly sheets = new Map<string, Map<string, Cell>>();
  readonly names = new Map<string, { sheet: string; address: string }>();
  /** The charts asked for on each sheet, a later one replacing an earlier one of its name. */
  readonly charts = new Map<string, SheetChart[]>();
  /** The drop-down lists on each sheet, as last written. */
  readonly lists = new Map<string, readonly SheetList[]>();
  readonly settings = new Map<string, string>();
  /** Each sheet's looks (sheetLook.ts) by "row,column", as last written. */
  readonly looks = new Map<string, Map<string, BlockLook>>();
  /** Each sheet's conditional formats, as last written. */
  readonly highlights = new Map<string, readonly SheetHighlight[]>();
  /** Rows each sheet prints on every page. */
  readonly repeatRows = new Map<string, string>();
  /** Helper sheets written hidden. */
  readonly hiddenSheets = new Set<string>();
  /** A sheet of plain data the tests set, with its used range's values (and formulas). */
  activeSheet: PlainSheet | null = null;
  /** What the serials held here stand for; set "1904" to play a workbook in that system. */
  system: DateSystem = "1900";

  async listTables(): Promise<TableInfo[]> {
    return [...this.tables.values()].map((t) => this.info(t));
  }

  /** The sheet last brought to the front. */
  shownSheet: string | null = null;

  async showSheet(sheet: string): Promise<WriteResult> {
    if (!(await this.sheetExists(sheet))) return { ok: false, message: noSuchSheet(sheet) };
    this.shownSheet = sheet;
    return { ok: true };
  }

  async describeActiveSheet() {
    return this.activeSheet;
  }

  /**
   * The range's first row becomes the headers and the rest the rows, as in Excel: from the cells
   * written on the sheet (by writeSheet), else from the plain sheet played through `activeSheet`.
   */
  async convertToTable(sheet: string, address: string, name: string): Promise<TableInfo> {
    if (this.table(name) !== undefined) throw tableNameTaken(name);
    const cells = this.sheetCells(sheet);
    const grid = cells === undefined ? this.activeGrid(address) : readBlock(cells, address);
    const table: MemoryTable = {
      name,
      sheet,
      headers: (grid[0] ?? []).map((h, c) =>
        h === "" || h === null ? `Column${c + 1}` : String(h)
      ),
      rows: grid.slice(1),
      formats: new Map(),
    };
    this.tables.set(name, table);
    this.activeSheet = null;
    return this.info(table);
  }

  /** The cells of `address` on the plain sheet played through `activeSheet`. */
  private activeGrid(address: string): Cell[][] {
    const plain = this.activeSheet;
    const origin = plain === null ? { row: 0, column: 0 } : parseRange(plain.address).from;
    const { from, to } = parseRange(address);
    return (plain?.values ?? [])
      .slice(from.row - origin.row, to.row - origin.row + 1)
      .map((row) =>
        Array.from(
          { length: to.column - from.column + 1 },
          (_, c): Cell => row[from.column - origin.column + c] ?? ""
        )
      );
  }

  async readTable(name: string): Promise<TableData> {
    const table = this.table(name);
    if (!table) throw noSuchTable(name);
    return { ...this.info(table), rows: table.rows.map((r) => [...r]), firstRowNumber: 2 };
  }

  async readTableIfExists(name: string): Promise<TableData | null> {
    return this.table(name) !== undefined ? this.readTable(name) : null;
  }

  async loadSetting(key: string): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }

  async saveSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  async addColumn(name: string, header: string, values: readonly Cell[]): Promise<WriteResult> {
    const table = this.table(name);
    if (!table) return tableGone(name);
    if (table.rows.length !== values.length)
      return rowCountChanged(name, table.rows.length, values.length);
    if (table.headers.some((h) => sameName(h, header))) return columnTaken(name, header);
    table.headers.push(header);
    table.rows.forEach((row, i) => row.push(values[i]));
    return { ok: true };
  }

  async readNames(names: readonly string[]): Promise<Record<string, Cell[][] | null>> {
    const result: Record<string, Cell[][] | null> = {};
    for (const name of names) {
      const target = this.names.get(name);
      const cells = target && this.sheetCells(target.sheet);
      result[name] = target && cells ? readBlock(cells, target.address) : null;
    }
    return result;
  }

  /** Looks, table blocks (tables like any other, found again by name), highlights, print titles. */
  private writeDesign(layout: SheetLayout): void {
    const looks = this.looks.get(layout.sheet) ?? new Map<string, BlockLook>();
    for (const block of layout.blocks) {
      const at = parseCell(block.at);
      if (block.look !== undefined)
        block.values.forEach((row, i) =>
          row.forEach((_, j) => looks.set(`${at.row + i},${at.column + j}`, block.look!))
        );
      const [headers, ...rows] = block.values;
      if (block.table === undefined || headers === undefined) continue;
      const old = this.table(block.table.name);
      if (old !== undefined) this.tables.delete(old.name);
      this.tables.set(block.table.name, {
        name: block.table.name,
        sheet: layout.sheet,
        headers: headers.map(String),
        rows: rows.map((r) => [...r]),
        formats: new Map(),
      });
    }
    if (looks.size > 0) this.looks.set(layout.sheet, looks);
    if (layout.highlights !== undefined) this.highlights.set(layout.sheet, layout.highlights);
    if (layout.repeatRows !== undefined) this.repeatRows.set(layout.sheet, layout.repeatRows);
    if (layout.hidden === true) this.hiddenSheets.add(layout.sheet);
  }

  async readSheetValues(sheet: string, address: string): Promise<Cell[][] | null> {
    const cells = this.sheetCells(sheet);
    return cells === undefined ? null : readBlock(cells, address);
  }

  async writeSheet(layout: SheetLayout): Promise<void> {
    const cells = this.sheetCells(layout.sheet) ?? new Map<string, Cell>();
    for (const block of layout.blocks) {
      const at = parseCell(block.at);
      block.values.forEach((row, i) =>
        row.forEach((value, j) => cells.set(`${at.row + i},${at.column + j}`, value))
      );
    }
    this.sheets.set(layout.sheet, cells);
    this.writeDesign(layout);
    if (layout.lists !== undefined && layout.lists.length > 0)
      this.lists.set(layout.sheet, layout.lists);
    for (const { name, address } of layout.names)
      this.names.set(name, { sheet: layout.sheet, address });
    const wanted = layout.charts ?? [];
    const kept = (this.charts.get(layout.sheet) ?? []).filter(
      (old) => !wanted.some((chart) => sameName(chart.name, old.name))
    );
    if (kept.length + wanted.length > 0) this.charts.set(layout.sheet, [...kept, ...wanted]);
  }

  async dateSystem(): Promise<DateSystem> {
    return this.system;
  }

  async sheetExists(sheet: string): Promise<boolean> {
    return this.sheetNames().some((name) => sameName(name, sheet));
  }

  /** Checks everything, then writes everything, as the Excel and .xlsx workbooks do. */
  async appendAndUpdate(append: NewRows, updates: ClientRowUpdates): Promise<WriteResult> {
    const targets: MemoryTarget[] = [];
    for (const update of updateList(updates)) {
      const found = this.findClient(update);
      if (!found.ok) return found;
      targets.push(found);
    }
    const log = this.table(append.table);
    const columns = log && logColumns(log.name, log.headers, append.headers);
    if (columns !== undefined && !columns.ok) return columns;
    // A text column holds text, as Excel's text-formatted cells do: a number given there is kept
    // as its digits.
    const given = append.rows.map((row) =>
      row.map((cell, c) => (append.textColumns.includes(c) && !isBlank(cell) ? String(cell) : cell))
    );
    const logTable = log ?? this.newLog(append);
    const textColumns = append.textColumns.map((c) => (columns ? columns.columnOf[c] : c));
    for (const row of given) {
      const at = logTable.rows.length;
      logTable.rows.push(columns ? inLogOrder(row, columns) : [...row]);
      for (const c of textColumns) logTable.formats.set(`${at},${c}`, "@");
    }
    for (const target of targets) writeTarget(target);
    return { ok: true };
  }

  /** Takes the last matching log row back out and writes the client's row; checked first. */
  async removeRowAndUpdate(remove: RowToRemove, updates: ClientRowUpdates): Promise<WriteResult> {
    const log = this.table(remove.table);
    if (!log) return tableGone(remove.table);
    const found = lastMatchingRow(remove, (header) => {
      const c = log.headers.findIndex((h) => sameName(h, header));
      return c < 0 ? null : log.rows.map((r) => r[c]);
    });
    if (!found.ok) return found;
    const targets: MemoryTarget[] = [];
    for (const update of updateList(updates)) {
      const target = this.findClient(update);
      if (!target.ok) return target;
      targets.push(target);
    }
    log.rows.splice(found.row, 1);
    // Formats are kept by row position: those below the removed row move up with it.
    const formats = new Map<string, string>();
    for (const [key, format] of log.formats) {
      const [r, c] = key.split(",").map(Number);
      if (r !== found.row) formats.set(`${r > found.row ? r - 1 : r},${c}`, format);
    }
    log.formats = formats;
    for (const target of targets) writeTarget(target);
    return { ok: true };
  }

  /** The client's row, found again by ID now, or the refusal the other workbooks give. */
  private findClient(update: ClientRowUpdate): MemoryTarget | (WriteResult & { ok: false }) {
    const table = this.table(update.table);
    if (!table) return clientTableGone(update);
    const found = clientRowInTable(update, table.headers, (column) =>
      table.rows.map((r) => r[column])
    );
    return found.ok ? { ...found, table } : found;
  }

  async createTable(
    sheet: string,
    name: string,
    headers: readonly string[],
    rows: readonly (readonly Cell[])[],
    _dateColumns: readonly number[] = []
  ): Promise<TableInfo> {
    if (this.table(name) !== undefined) throw tableNameTaken(name);
    const table = {
      name,
      sheet: uniqueSheetName(sheet, this.sheetNames()),
      headers: [...headers],
      rows: rows.map((r) => [...r]),
      formats: new Map<string, string>(),
    };
    this.tables.set(name, table);
    return this.info(table);
  }

  /** Tables are found as Excel finds them, ignoring case. */
  private table(name: string): MemoryTable | undefined {
    return [...this.tables.values()].find((t) => sameName(t.name, name));
  }

  private sheetCells(name: string): Map<string, Cell> | undefined {
    return [...this.sheets].find(([sheet]) => sameName(sheet, name))?.[1];
  }

  private sheetNames(): string[] {
    return [...this.sheets.keys(), ...[...this.tables.values()].map((t) => t.sheet)];
  }

  /** The log's first use: a table of its own on a sheet of its own. */
  private newLog(append: NewRows): MemoryTable {
    const log: MemoryTable = {
      name: append.table,
      sheet: uniqueSheetName(append.sheet, this.sheetNames()),
      headers: [...append.headers],
      rows: [],
      formats: new Map(),
    };
    this.tables.set(append.table, log);
    return log;
  }

  private info(table: MemoryTable): TableInfo {
    return {
      name: table.name,
      sheet: table.sheet,
      headers: [...table.headers],
      rowCount: table.rows.length,
    };
  }
}

/** The cells of an A1 range on a sheet held here, blanks as "". */
function readBlock(cells: ReadonlyMap<string, Cell>, address: string): Cell[][] {
  const { from, to } = parseRange(address);
  const rows: Cell[][] = [];
  for (let r = from.row; r <= to.row; r++) {
    const row: Cell[] = [];
    for (let c = from.column; c <= to.column; c++) row.push(cells.get(`${r},${c}`) ?? "");
    rows.push(row);
  }
  return rows;
}

type MemoryTarget = RowTarget & { readonly table: MemoryTable };

function writeTarget(target: MemoryTarget): void {
  const row = target.table.rows[target.row];
  for (const [column, value] of target.cells) row[column] = value;
}
