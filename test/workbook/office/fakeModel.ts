/**
 * The workbook behind the fake Excel context (fakeExcel.ts): sheets of cells with values and
 * number formats, tables laid on them, names (workbook- and sheet-level), charts, frozen rows
 * and settings. It keeps the Excel behaviour the adapter must cope with: a string written into a
 * cell not formatted as text is read as if typed ("=…" becomes a formula, "00123" a number),
 * adding a table row inserts cells rather than writing over what is below, and the user can sort
 * or delete table rows between two reads.
 */
export type Value = string | number | boolean;

export interface FakeCell {
  readonly value: Value;
  readonly format: string;
  /** Set when a string was taken for a formula or a formula was written; `value` then holds
   * what the formula gave (NOT_COMPUTED for one written through Range.formulas). */
  readonly formula?: string;
}

const EMPTY: FakeCell = { value: "", format: "General" };
/** What a formula the add-in wrote shows: the fake keeps formulas but does not compute them. */
export const NOT_COMPUTED = "#NOT-COMPUTED";

/** Where a name (workbook- or sheet-level) points. */
export interface NameTarget {
  readonly sheet: FakeSheet;
  readonly address: string;
}

export interface FakeSeries {
  name: string;
  /** Addresses as Excel shows them: local ("B5:B9") on the chart's sheet, else "Sheet!B5:B9". */
  values: string;
  categories: string | null;
  chartType: string;
  axisGroup: "Primary" | "Secondary";
}

export interface FakeChart {
  name: string;
  readonly sheet: FakeSheet;
  readonly type: string;
  title: string;
  titleVisible: boolean;
  readonly series: FakeSeries[];
  /** The corner cells given to setPosition; null where Excel put it. */
  position: { readonly start: string; readonly end: string } | null;
}

/** What Excel makes of a string typed into a cell with this format. */
export function interpret(value: Value, format: string): FakeCell {
  if (typeof value !== "string" || format === "@") return { value, format };
  if (value.length > 1 && "=+-@".includes(value[0]))
    return { value: "#NAME?", format, formula: value };
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return { value: Number(value), format };
  return { value, format };
}

export class FakeSheet {
  private readonly cells = new Map<string, FakeCell>();
  readonly bold = new Set<string>();
  readonly columnWidths = new Map<number, number>();
  /** Cells set to wrap their text, as "row,column". */
  readonly wrapped = new Set<string>();
  readonly verticalAlignment = new Map<string, string>();
  readonly rowHeights = new Map<number, number>();
  /** Data validation rules set, with the area (zero-based) each was set on. */
  readonly validations: {
    row: number;
    column: number;
    rows: number;
    columns: number;
    rule: unknown;
  }[] = [];
  /** Every string this sheet ever took for a formula, even if overwritten since (formulas
   * written as such through Range.formulas are not counted: they are no accident). */
  readonly formulas: string[] = [];
  /** Sheet-level names, such as Print_Area. */
  readonly names = new Map<string, NameTarget>();
  readonly charts: FakeChart[] = [];
  /** Charts ever made on the sheet, for Excel's default names "Chart 1", "Chart 2"… */
  chartsMade = 0;
  frozenRows: number | null = null;
  /** Built-in cell styles set (Range.style), by "row,column". */
  readonly styles = new Map<string, string>();
  /** Conditional formats, each on the area (zero-based) it was added to, in order. */
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  /** Rows printed on every page, as given to setPrintTitleRows. */
  printTitleRows: string | null = null;
  visibility = "Visible";
  /** The page layout's zoom: fit to pages wide and tall (0: automatic). */
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number } | null = null;
  orientation: string | null = null;

  constructor(public name: string) {}

  cell(row: number, column: number): FakeCell {
    return this.cells.get(`${row},${column}`) ?? EMPTY;
  }

  put(row: number, column: number, cell: FakeCell): void {
    this.cells.set(`${row},${column}`, cell);
  }

  /** A value written through the API: null leaves the cell as it is, as Office.js does. */
  write(row: number, column: number, value: Value | null): void {
    if (value === null) return;
    const cell = interpret(value, this.cell(row, column).format);
    if (cell.formula !== undefined) this.formulas.push(cell.formula);
    this.put(row, column, cell);
  }

  /** A value written through Range.formulas: "=…" is a formula unless the cell is text ("@"). */
  writeFormula(row: number, column: number, value: Value | null): void {
    const format = this.cell(row, column).format;
    if (typeof value === "string" && value.startsWith("=") && format !== "@")
      this.put(row, column, { value: NOT_COMPUTED, format, formula: value });
    else this.write(row, column, value);
  }

  /** The area of a sheet-level name, such as the print area; null when there is none. */
  namedAddress(name: string): string | null {
    const found = [...this.names].find(([n]) => n.toLowerCase() === name.toLowerCase());
    return found ? found[1].address : null;
  }

  setFormat(row: number, column: number, format: string | null): void {
    if (format !== null) this.put(row, column, { ...this.cell(row, column), format });
  }

  /** Inserts an empty row of cells at `row` in columns [column, column + width), shifting down. */
  insertRow(row: number, column: number, width: number): void {
    this.shift(row, column, width, +1);
  }

  /** Deletes the cells of `row` in columns [column, column + width), shifting the cells below up. */
  deleteRow(row: number, column: number, width: number): void {
    this.shift(row, column, width, -1);
  }

  /** Inserts an empty column of cells at `column` in rows [row, row + height), shifting right. */
  insertColumn(row: number, column: number, height: number): void {
    const moved = [...this.cells].filter(([key]) => {
      const [r, c] = key.split(",").map(Number);
      return c >= column && r >= row && r < row + height;
    });
    for (const [key] of moved) this.cells.delete(key);
    for (const [key, cell] of moved) {
      const [r, c] = key.split(",").map(Number);
      this.put(r, c + 1, cell);
    }
  }

  /** The smallest block holding every non-blank value, or null for an empty sheet. */
  usedRange(): { row: number; column: number; rows: number; columns: number } | null {
    const keys = [...this.cells]
      .filter(([, cell]) => cell.value !== "")
      .map(([key]) => key.split(",").map(Number));
    if (keys.length === 0) return null;
    const rows = keys.map(([r]) => r);
    const columns = keys.map(([, c]) => c);
    const row = Math.min(...rows);
    const column = Math.min(...columns);
    return {
      row,
      column,
      rows: Math.max(...rows) - row + 1,
      columns: Math.max(...columns) - column + 1,
    };
  }

  private shift(row: number, column: number, width: number, by: 1 | -1): void {
    const inColumns = ([key]: [string, FakeCell]) => {
      const [r, c] = key.split(",").map(Number);
      return c >= column && c < column + width && r >= row;
    };
    const moved = [...this.cells].filter(inColumns);
    for (const [key] of moved) this.cells.delete(key);
    for (const [key, cell] of moved) {
      const [r, c] = key.split(",").map(Number);
      if (by === -1 && r === row) continue;
      this.put(r + by, c, cell);
    }
  }
}

export interface FakeConditionalFormat {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly type: string;
  /** For a cell-value format: its rule and colours, as set. */
  rule?: unknown;
  font?: string;
  fill?: string;
}

export interface FakeTable {
  name: string;
  readonly sheet: FakeSheet;
  /** Worksheet row of the header, and the first column (zero-based). */
  top: number;
  left: number;
  /** The table style, such as "TableStyleMedium2" (Excel's default for a new table). */
  style?: string;
  columns: number;
  rowCount: number;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names = new Map<string, NameTarget>();
  readonly settings = new Map<string, unknown>();
  activeSheet: FakeSheet | null = null;
  /** Excel's "Use 1904 date system": serials 1,462 lower for the same day. */
  date1904 = false;

  sheet(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  table(name: string): FakeTable | null {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name) !== null) throw new Error(`A sheet named "${name}" already exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** Seeds a table as a user would have typed it (strings interpreted, formats General). */
  addTable(
    sheetName: string,
    name: string,
    headers: readonly string[],
    rows: readonly (readonly Value[])[],
    top = 0,
    left = 0
  ): FakeTable {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    headers.forEach((h, c) => sheet.put(top, left + c, { value: h, format: "General" }));
    rows.forEach((row, r) => row.forEach((v, c) => sheet.write(top + 1 + r, left + c, v)));
    const table: FakeTable = {
      name,
      sheet,
      top,
      left,
      columns: headers.length,
      rowCount: rows.length,
    };
    this.tables.push(table);
    return table;
  }

  headers(table: FakeTable): string[] {
    return Array.from({ length: table.columns }, (_, c) =>
      String(table.sheet.cell(table.top, table.left + c).value)
    );
  }

  /** The data body's cells, row by row. */
  body(table: FakeTable): FakeCell[][] {
    return Array.from({ length: table.rowCount }, (_, r) =>
      Array.from({ length: table.columns }, (_, c) =>
        table.sheet.cell(table.top + 1 + r, table.left + c)
      )
    );
  }

  values(table: FakeTable): Value[][] {
    return this.body(table).map((row) => row.map((cell) => cell.value));
  }

  /** The user sorts the table: data body rows are put in the order given (old row indexes). */
  reorder(table: FakeTable, order: readonly number[]): void {
    const rows = this.body(table);
    order.forEach((from, to) =>
      rows[from].forEach((cell, c) => table.sheet.put(table.top + 1 + to, table.left + c, cell))
    );
  }

  /** The user deletes a table row; what is below the table moves up with it. */
  deleteRow(table: FakeTable, row: number): void {
    table.sheet.deleteRow(table.top + 1 + row, table.left, table.columns);
    table.rowCount--;
  }
}
