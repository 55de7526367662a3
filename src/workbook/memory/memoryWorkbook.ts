/**
 * A workbook held in memory, behind the same interface as Excel: the tests' workbook, and the
 * task pane's preview outside Office. It keeps Excel's rules that matter here: tables have headers
 * and rows, text written as text stays text, and a client row is found again by its ID.
 */
import type { DateSystem } from "../../core/dates/serial";
import type { Cell } from "../../core/cells/cells";
import { parseCell, parseRange } from "../shared/a1";
import { sameName } from "../shared/cellWrites";
import { clientRowTarget } from "../shared/clientRowTarget";
import { updateList } from "../workbookPort";
import { lastMatchingRow } from "../shared/rowMatch";
import type {
  ClientRowUpdate,
  ClientRowUpdates,
  NewRows,
  RowToRemove,
  SheetChart,
  SheetLayout,
  TableData,
  TableInfo,
  WorkbookPort,
  WriteResult,
} from "../workbookPort";

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
  readonly settings = new Map<string, string>();
  activeSheet: { sheet: string; address: string; headers: string[] } | null = null;
  /** What the serials held here stand for; set "1904" to play a workbook in that system. */
  system: DateSystem = "1900";

  async listTables(): Promise<TableInfo[]> {
    return [...this.tables.values()].map((t) => this.info(t));
  }

  async describeActiveSheet() {
    return this.activeSheet;
  }

  async convertToTable(sheet: string, _address: string, name: string): Promise<TableInfo> {
    const table = this.tables.get(name) ?? {
      name,
      sheet,
      headers: this.activeSheet?.headers ?? [],
      rows: [],
      formats: new Map(),
    };
    this.tables.set(name, table);
    this.activeSheet = null;
    return this.info(table);
  }

  async readTable(name: string): Promise<TableData> {
    const table = this.tables.get(name);
    if (!table) throw new Error(`There is no table "${name}" in this workbook`);
    return { ...this.info(table), rows: table.rows.map((r) => [...r]), firstRowNumber: 2 };
  }

  async readTableIfExists(name: string): Promise<TableData | null> {
    return this.tables.has(name) ? this.readTable(name) : null;
  }

  async loadSetting(key: string): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }

  async saveSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  async addColumn(name: string, header: string, values: readonly Cell[]): Promise<WriteResult> {
    const table = this.tables.get(name);
    if (!table) return { ok: false, message: `There is no table "${name}"` };
    if (table.rows.length !== values.length)
      return { ok: false, message: "The table changed since it was read; refresh and try again" };
    table.headers.push(header);
    table.rows.forEach((row, i) => row.push(values[i]));
    return { ok: true };
  }

  async readNames(names: readonly string[]): Promise<Record<string, Cell[][] | null>> {
    const result: Record<string, Cell[][] | null> = {};
    for (const name of names) {
      const target = this.names.get(name);
      const cells = target && this.sheets.get(target.sheet);
      if (!target || !cells) {
        result[name] = null;
        continue;
      }
      const { from, to } = parseRange(target.address);
      result[name] = [];
      for (let r = from.row; r <= to.row; r++) {
        const row: Cell[] = [];
        for (let c = from.column; c <= to.column; c++) row.push(cells.get(`${r},${c}`) ?? "");
        result[name]!.push(row);
      }
    }
    return result;
  }

  async writeSheet(layout: SheetLayout): Promise<void> {
    const cells = this.sheets.get(layout.sheet) ?? new Map<string, Cell>();
    for (const block of layout.blocks) {
      const at = parseCell(block.at);
      block.values.forEach((row, i) =>
        row.forEach((value, j) => cells.set(`${at.row + i},${at.column + j}`, value))
      );
    }
    this.sheets.set(layout.sheet, cells);
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
    return this.sheets.has(sheet) || [...this.tables.values()].some((t) => t.sheet === sheet);
  }

  async appendAndUpdate(append: NewRows, updates: ClientRowUpdates): Promise<WriteResult> {
    const targets: { row: Cell[]; cells: [number, Cell][] }[] = [];
    for (const update of updateList(updates)) {
      const table = this.tables.get(update.table);
      if (!table) return { ok: false, message: `The client table "${update.table}" is gone` };
      const idColumn = table.headers.indexOf(update.idHeader);
      const found = clientRowTarget(
        update,
        table.headers,
        table.rows.map((r) => (idColumn < 0 ? undefined : r[idColumn]))
      );
      if (!found.ok) return found;
      targets.push({ row: table.rows[found.row], cells: found.cells });
    }
    let log = this.tables.get(append.table);
    if (!log) {
      log = {
        name: append.table,
        sheet: append.sheet,
        headers: [...append.headers],
        rows: [],
        formats: new Map(),
      };
      this.tables.set(append.table, log);
    }
    for (const row of append.rows) {
      const at = log.rows.length;
      log.rows.push([...row]);
      for (const c of append.textColumns) log.formats.set(`${at},${c}`, "@");
    }
    for (const target of targets)
      for (const [column, value] of target.cells) target.row[column] = value;
    return { ok: true };
  }

  async removeRowAndUpdate(
    remove: RowToRemove,
    update: ClientRowUpdate | null
  ): Promise<WriteResult> {
    const log = this.tables.get(remove.table);
    if (!log)
      return { ok: false, message: `There is no table "${remove.table}". Nothing was written.` };
    const found = lastMatchingRow(remove, (header) => {
      const c = log.headers.indexOf(header);
      return c < 0 ? null : log.rows.map((r) => r[c]);
    });
    if (!found.ok) return found;
    let target: { row: Cell[]; cells: [number, Cell][] } | null = null;
    if (update !== null) {
      const table = this.tables.get(update.table);
      if (!table) return { ok: false, message: `The client table "${update.table}" is gone` };
      const idColumn = table.headers.indexOf(update.idHeader);
      const client = clientRowTarget(
        update,
        table.headers,
        table.rows.map((r) => (idColumn < 0 ? undefined : r[idColumn]))
      );
      if (!client.ok) return client;
      target = { row: table.rows[client.row], cells: client.cells };
    }
    log.rows.splice(found.row, 1);
    // Formats are kept by row position: those below the removed row move up with it.
    const formats = new Map<string, string>();
    for (const [key, format] of log.formats) {
      const [r, c] = key.split(",").map(Number);
      if (r !== found.row) formats.set(`${r > found.row ? r - 1 : r},${c}`, format);
    }
    log.formats = formats;
    if (target) for (const [column, value] of target.cells) target.row[column] = value;
    return { ok: true };
  }

  async createTable(
    sheet: string,
    name: string,
    headers: readonly string[],
    rows: readonly (readonly Cell[])[],
    _dateColumns: readonly number[] = []
  ): Promise<TableInfo> {
    const table = {
      name,
      sheet,
      headers: [...headers],
      rows: rows.map((r) => [...r]),
      formats: new Map<string, string>(),
    };
    this.tables.set(name, table);
    return this.info(table);
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
