/**
 * The workbook interface over an .xlsx/.xlsm package read by the package layer (this folder)
 * rather than exceljs: only the sheets a command asks for are read, and a write changes only the
 * cells, rows and table ranges it must, so every other part of the file, and every other element
 * of the parts it touches, comes back as it was. Dates are the workbook's own serials, as in the
 * Office.js adapter: dateSystem() says which system they are in.
 *
 * Owned sheets (writeSheet) are written as sheet XML, the rest of their sheet left as it was; a
 * new book starts from a minimal package (emptyPackage.ts).
 */
import type { Cell } from "../../../core/cells/cells";
import type { DateSystem } from "../../../core/dates/serial";
import { cellName, parseRange } from "../../shared/a1";
import { sameName } from "../../shared/cellWrites";
import { noSuchSheet, tableNameTaken } from "../../shared/refusals";
import {
  findStoredSetting,
  SETTINGS_STORE_SHEET,
  STORE_TITLE,
} from "../../shared/settingsStoreSheet";
import type {
  NewRows,
  SheetLayout,
  TableData,
  TableInfo,
  WorkbookPort,
  PlainSheet,
  RowToRemove,
  ClientRowUpdates,
  WriteResult,
} from "../../workbookPort";
import { uniqueColumnNames } from "../xlsxTables";
import { cellXml } from "./cellXml";
import { addSheet } from "./newSheet";
import { nativeCharts } from "./nativeCharts";
import { OpenedPackage } from "./openedPackage";
import { constantValue } from "./definedNameValue";
import { emptyPackageBytes } from "./emptyPackage";
import { addTableSheet } from "./newTable";
import { addColumn } from "./packageAddColumn";
import { appendAndUpdate } from "./packageLogWrite";
import { removeRow } from "./packageRemoveRow";
import {
  bodyRange,
  packageTables,
  readArea,
  readBody,
  readBodyStreamed,
  type SheetTable,
} from "./packageTables";
import { formulasIn } from "./sheetBlocks";
import { scanRows, usedArea } from "./sheetCells";
import type { ChartRendererFor } from "./sheetCharts";
import { patchSheet } from "./sheetPatch";
import { saveStyles } from "./packageStyles";
import { writeSheetLayout } from "./sheetWrite";
import { TEXT_NUMFMT_ID } from "./stylesPart";

const MAX_CELL_TEXT = 32767;

export class PackageWorkbook implements WorkbookPort {
  private readonly ranges: SheetTable[] = [];
  /** Table bodies read so far, by table name; dropped when the table's sheet is written. */
  private readonly bodies = new Map<string, Cell[][]>();

  /** `charts`: how owned sheets' charts are drawn; null keeps only their data. */
  constructor(
    readonly pkg: OpenedPackage,
    private readonly charts: ChartRendererFor | null = nativeCharts(pkg)
  ) {}

  static fromBytes(bytes: Uint8Array, charts?: ChartRendererFor | null): PackageWorkbook {
    return new PackageWorkbook(new OpenedPackage(bytes), charts);
  }

  /** A new workbook with no sheet yet: add a table or a sheet before saving it. */
  static create(): PackageWorkbook {
    return PackageWorkbook.fromBytes(emptyPackageBytes());
  }

  /** After a write: tables are parsed again and bodies read again when next asked for. */
  private written(): void {
    this.bodies.clear();
    this.pkg.forgetTables();
  }

  /** A range read as a table for this run, changed by a write: kept as it now is. */
  private replaceRange(table: SheetTable): void {
    const at = this.ranges.findIndex((r) => r.part === null && sameName(r.name, table.name));
    if (table.part === null && at >= 0) this.ranges[at] = table;
  }

  toBytes(): Buffer {
    return this.pkg.toBytes();
  }

  /** Part names changed or added since the package was read. */
  get changedParts(): ReadonlySet<string> {
    return this.pkg.changed;
  }

  private tables(): SheetTable[] {
    return packageTables(this.pkg, this.ranges);
  }

  private find(name: string): SheetTable | null {
    const lower = name.toLowerCase();
    return this.tables().find((t) => t.name.toLowerCase() === lower) ?? null;
  }

  private info(table: SheetTable): TableInfo {
    const { first, last } = bodyRange(table);
    return {
      name: table.name,
      sheet: table.sheet,
      headers: table.columns.map((c) => c.name),
      rowCount: last - first + 1,
    };
  }

  private body(table: SheetTable): Cell[][] {
    let rows = this.bodies.get(table.name);
    if (rows === undefined) {
      rows = readBody(this.pkg, table);
      this.bodies.set(table.name, rows);
    }
    return rows;
  }

  async listTables(): Promise<TableInfo[]> {
    return this.tables().map((t) => this.info(t));
  }

  /**
   * Every visible sheet without a table, as its used range's values and formulas (shared ones
   * filled in), so the client list finder tells a totals row by its SUM/SUBTOTAL formulas too.
   */
  plainSheets(): PlainSheet[] {
    const withTables = new Set(this.tables().map((t) => t.sheetPart));
    return this.pkg.sheets.flatMap((sheet) => {
      if (sheet.part === null || withTables.has(sheet.part) || sheet.state !== "visible") return [];
      const xml = this.pkg.bytes(sheet.part);
      const used = xml === null ? null : usedArea(xml, this.pkg.cellContext());
      if (used === null) return [];
      const values = readArea(
        this.pkg,
        sheet.part,
        used.fromRow,
        used.toRow,
        used.fromColumn,
        used.toColumn
      );
      const found = formulasIn(xml!, used);
      const formulas = values.map((row, r) =>
        row.map((_, c) => found.get(used.fromRow + r)?.get(used.fromColumn + c) ?? "")
      );
      const from = { row: used.fromRow, column: used.fromColumn };
      const to = { row: used.toRow, column: used.toColumn };
      return [
        { sheet: sheet.name, address: `${cellName(from)}:${cellName(to)}`, values, formulas },
      ];
    });
  }

  /** A file has no window: the sheet is only checked to exist (the exceljs path sets the tab). */
  async showSheet(sheet: string): Promise<WriteResult> {
    return (await this.sheetExists(sheet))
      ? { ok: true }
      : { ok: false, message: noSuchSheet(sheet) };
  }

  async describeActiveSheet(): Promise<PlainSheet | null> {
    const active = this.pkg.sheets[this.pkg.info.activeTab] ?? this.pkg.sheets[0];
    return this.plainSheets().find((s) => s.sheet === active?.name) ?? null;
  }

  /** Reads the range as a table for this run; the file keeps it a plain range. */
  async convertToTable(sheetName: string, address: string, name: string): Promise<TableInfo> {
    const sheet = this.pkg.sheets.find((s) => sameName(s.name, sheetName));
    if (sheet?.part == null) throw new Error(`There is no sheet "${sheetName}" in this workbook.`);
    if (this.find(name) !== null)
      throw new Error(`There is already a table named "${name}" in this workbook.`);
    const { from, to } = parseRange(address);
    const [headers] = readArea(this.pkg, sheet.part, from.row, from.row, from.column, to.column);
    const range: SheetTable = {
      name,
      sheet: sheet.name,
      sheetPart: sheet.part,
      part: null,
      from,
      to: { row: Math.max(to.row, from.row + 1), column: to.column },
      headerRows: 1,
      totalsRows: 0,
      columns: uniqueColumnNames(headers).map((h) => ({ name: h, calculated: null })),
    };
    this.ranges.push(range);
    return this.info(range);
  }

  async readTable(name: string): Promise<TableData> {
    const data = await this.readTableIfExists(name);
    if (data === null) throw new Error(`There is no table "${name}" in this workbook.`);
    return data;
  }

  async readTableIfExists(name: string): Promise<TableData | null> {
    const table = this.find(name);
    if (table === null) return null;
    let rows = this.bodies.get(table.name);
    if (rows === undefined) {
      // Streamed: a command that only reads never holds a big sheet's XML whole.
      rows = await readBodyStreamed(this.pkg, table);
      this.bodies.set(table.name, rows);
    }
    return { ...this.info(table), rows, firstRowNumber: bodyRange(table).first + 1 };
  }

  private storeSheet() {
    return this.pkg.sheets.find((s) => sameName(s.name, SETTINGS_STORE_SHEET) && s.part !== null);
  }

  private storeRows(part: string): Cell[][] {
    const rows: Cell[][] = [];
    scanRows(
      this.pkg.bytes(part)!,
      { fromRow: 0, toRow: 10_000, fromColumn: 0, toColumn: 1 },
      this.pkg.cellContext(),
      (r, cells) => {
        rows[r] = cells;
      }
    );
    for (let i = 0; i < rows.length; i++) rows[i] ??= ["", ""];
    return rows;
  }

  async loadSetting(key: string): Promise<string | null> {
    const sheet = this.storeSheet();
    return sheet?.part == null ? null : findStoredSetting(this.storeRows(sheet.part), key).value;
  }

  async saveSetting(key: string, value: string): Promise<void> {
    if (value.length > MAX_CELL_TEXT)
      throw new Error(`The setting "${key}" is longer than an Excel cell can hold.`);
    const sheet = this.storeSheet();
    const text = this.pkg.styles().styleWith(TEXT_NUMFMT_ID);
    saveStyles(this.pkg);
    if (sheet?.part == null) {
      const row = (r: number, a: string, b: string) =>
        `<row r="${r}">${cellXml("", `A${r}`, a, text.style)}${b === "" ? "" : cellXml("", `B${r}`, b, text.style)}</row>`;
      addSheet(this.pkg, {
        name: SETTINGS_STORE_SHEET,
        hidden: true,
        rowsXml: row(1, STORE_TITLE, "") + row(2, key, value),
        rowCount: 2,
        columnCount: 2,
        columnWidths: [30, 80],
      });
      return;
    }
    const { row } = findStoredSetting(this.storeRows(sheet.part), key);
    const edits = new Map([
      [
        row - 1,
        new Map([
          [0, (ref: string) => cellXml("", ref, key, text.style)],
          [1, (ref: string) => cellXml("", ref, value, text.style)],
        ]),
      ],
    ]);
    this.pkg.set(sheet.part, patchSheet(this.pkg.bytes(sheet.part)!, edits));
  }

  async addColumn(table: string, header: string, values: readonly Cell[]): Promise<WriteResult> {
    const added = addColumn(this.pkg, this.find(table), table, header, values);
    if (!added.ok) return added;
    this.replaceRange(added.table);
    this.written();
    return { ok: true };
  }

  async readNames(names: readonly string[]): Promise<Record<string, Cell[][] | null>> {
    const result: Record<string, Cell[][] | null> = {};
    for (const name of names) {
      const defined =
        this.pkg.info.names.find((n) => sameName(n.name, name) && n.localSheetId === null) ??
        this.pkg.info.names.find((n) => sameName(n.name, name));
      result[name] =
        defined === undefined
          ? null
          : (this.readReference(defined.formula) ?? constantValue(defined.formula));
    }
    return result;
  }

  /** The cells of a plain reference (`'Sheet'!$A$1:$B$2`); null for anything else (OFFSET, constants). */
  private readReference(formula: string): Cell[][] | null {
    const m = /^\s*(?:'((?:[^']|'')+)'|([^'!:]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)\s*$/i.exec(
      formula
    );
    if (m === null) return null;
    const sheetName = (m[1] ?? m[2]).replace(/''/g, "'");
    const sheet = this.pkg.sheets.find((s) => sameName(s.name, sheetName));
    if (sheet?.part == null) return null;
    const { from, to } = parseRange(m[3]);
    return readArea(this.pkg, sheet.part, from.row, to.row, from.column, to.column);
  }

  /**
   * Writes only what the layout names (see sheetWrite.ts), its charts as native chart parts
   * (nativeCharts.ts) unless the workbook was made with none.
   */
  async writeSheet(layout: SheetLayout): Promise<void> {
    writeSheetLayout(this.pkg, layout, this.charts);
    this.bodies.clear();
    this.pkg.forgetTables();
  }

  /**
   * The values of `address` on a sheet, a row each, blanks as ""; null when there is no such
   * worksheet. A plan sheet is read before it is regenerated, so one an earlier layout wrote can
   * be brought up to date.
   */
  async readSheetValues(sheet: string, address: string): Promise<Cell[][] | null> {
    const found = this.pkg.sheets.find((s) => sameName(s.name, sheet));
    if (found?.part == null) return null;
    const { from, to } = parseRange(address);
    return readArea(this.pkg, found.part, from.row, to.row, from.column, to.column);
  }

  async sheetExists(sheet: string): Promise<boolean> {
    return this.pkg.sheets.some((s) => sameName(s.name, sheet));
  }

  async appendAndUpdate(append: NewRows, updates: ClientRowUpdates): Promise<WriteResult> {
    const result = appendAndUpdate(
      { pkg: this.pkg, find: (name) => this.find(name), body: (t) => this.body(t) },
      append,
      updates
    );
    if (result.ok) this.written();
    return result;
  }

  /** See packageRemoveRow.ts: the table's cells below the row move up; checked first. */
  async removeRowAndUpdate(remove: RowToRemove, update: ClientRowUpdates): Promise<WriteResult> {
    const removed = removeRow(
      { pkg: this.pkg, find: (name) => this.find(name), body: (t) => this.body(t) },
      remove,
      update
    );
    if (!removed.ok) return removed;
    this.replaceRange(removed.log);
    this.written();
    return { ok: true };
  }

  async dateSystem(): Promise<DateSystem> {
    return this.pkg.info.date1904 ? "1904" : "1900";
  }

  async createTable(
    sheet: string,
    name: string,
    headers: readonly string[],
    rows: readonly (readonly Cell[])[],
    dateColumns: readonly number[]
  ): Promise<TableInfo> {
    if (this.find(name) !== null) throw tableNameTaken(name);
    addTableSheet(this.pkg, { sheet, name, headers, rows, dateColumns });
    this.written();
    return this.info(this.find(name)!);
  }
}
