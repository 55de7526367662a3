/** Worksheets and tables of the fake Excel context (fakeExcel.ts); see fakeProxies.ts for the rules. */
import { FakeCharts } from "./fakeCharts";
import type { FakeSheet, FakeTable, Value } from "./fakeModel";
import { FakeNames } from "./fakeNames";
import {
  FakeCollection,
  FakeObject,
  FakeOfficeError,
  FakeRange,
  areaOf,
  requireApi,
  type Area,
  type Session,
} from "./fakeProxies";

class FakeWorksheet extends FakeObject<FakeSheet> {
  get name(): string {
    return this.read("name");
  }
  get charts(): FakeCharts {
    return new FakeCharts(this.session, () => this.target());
  }
  get names(): FakeNames {
    return new FakeNames(this.session, () => this.target().names);
  }
  get pageLayout() {
    const queue = (zoom: FakeSheet["zoom"]) =>
      this.queue((sheet) => {
        requireApi(this.session, "1.9", "PageLayout.zoom");
        sheet.zoom = zoom;
      }, 16);
    const orient = (orientation: string) =>
      this.queue((sheet) => {
        requireApi(this.session, "1.9", "PageLayout.orientation");
        sheet.orientation = orientation;
      }, 16);
    const titles = (rows: string) =>
      this.queue((sheet) => {
        requireApi(this.session, "1.9", "PageLayout.setPrintTitleRows");
        sheet.printTitleRows = rows;
      }, rows);
    return {
      set zoom(zoom: FakeSheet["zoom"]) {
        queue(zoom);
      },
      setPrintTitleRows: titles,
      set orientation(orientation: string) {
        orient(orientation);
      },
    };
  }
  set visibility(visibility: string) {
    this.queue((sheet) => {
      if (visibility !== "Visible" && this.session.model.activeSheet === sheet)
        throw new FakeOfficeError("InvalidOperation", "the active sheet cannot be hidden");
      sheet.visibility = visibility;
    }, visibility);
  }
  get freezePanes() {
    const queue = (rows: number) => this.queue((sheet) => (sheet.frozenRows = rows), 8);
    return { freezeRows: queue };
  }
  get tables() {
    return {
      add: (at: FakeRange, hasHeaders: boolean) => {
        let made: FakeTable | null = null;
        this.session.enqueue(() => {
          const a = at.target();
          if (!hasHeaders || a.sheet !== this.target())
            throw new Error("fake: tables.add models a header row on this sheet only");
          const model = this.session.model;
          if (model.tables.some((t) => t.sheet === a.sheet && overlaps(t, a)))
            throw new FakeOfficeError("InvalidOperation", "a table cannot overlap another table");
          made = {
            name: `Table${model.tables.length + 1}`,
            style: "TableStyleMedium2",
            sheet: a.sheet,
            top: a.row,
            left: a.column,
            columns: a.columns,
            rowCount: Math.max(1, a.rows - 1),
          };
          model.tables.push(made);
        });
        return new FakeTableProxy(this.session, () => made);
      },
    };
  }
  activate(): void {
    this.queue((sheet) => (this.session.model.activeSheet = sheet), "activate");
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.session, () => areaOf(this.target(), address));
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.session, () => ({
      sheet: this.target(),
      row,
      column,
      rows,
      columns,
    }));
  }
  getUsedRangeOrNullObject(valuesOnly: boolean): FakeRange {
    if (!valuesOnly) throw new Error("fake: only the used range of values is modelled");
    return new FakeRange(
      this.session,
      () => {
        const used = this.target().usedRange();
        return used && { sheet: this.target(), ...used };
      },
      true
    );
  }
  protected override scalar(sheet: FakeSheet, key: string): unknown {
    return key === "name" ? sheet.name : super.scalar(sheet, key);
  }
}

export class FakeWorksheets extends FakeCollection<FakeSheet, FakeWorksheet> {
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.session, () => this.session.model.sheet(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.session, () => this.session.model.sheet(name), true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.session, () => this.session.model.activeSheet);
  }
  add(name: string): FakeWorksheet {
    let made: FakeSheet | null = null;
    this.session.enqueue(() => (made = this.session.model.addSheet(name)));
    return new FakeWorksheet(this.session, () => made);
  }
  protected itemProxy(sheet: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.session, () => sheet);
  }
}

/** Whether a table's cells (headers and body) meet the area's. */
function overlaps(t: FakeTable, a: Area): boolean {
  return (
    t.top <= a.row + a.rows - 1 &&
    a.row <= t.top + t.rowCount &&
    t.left <= a.column + a.columns - 1 &&
    a.column <= t.left + t.columns - 1
  );
}

type ColumnRef = { readonly table: FakeTable; readonly index: number };

class FakeTableColumn extends FakeObject<ColumnRef> {
  get name(): string {
    return this.read("name");
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.session, () => {
      const { table, index } = this.target();
      return {
        sheet: table.sheet,
        row: table.top + 1,
        column: table.left + index,
        rows: table.rowCount,
        columns: 1,
      };
    });
  }
  protected override scalar(ref: ColumnRef, key: string): unknown {
    return key === "name"
      ? this.session.model.headers(ref.table)[ref.index]
      : super.scalar(ref, key);
  }
}

class FakeTableColumns extends FakeCollection<ColumnRef, FakeTableColumn> {
  constructor(
    session: Session,
    private readonly table: FakeTableProxy
  ) {
    super(session, () =>
      session.model.headers(table.target()).map((_, index) => ({ table: table.target(), index }))
    );
  }
  getItem(name: string): FakeTableColumn {
    return new FakeTableColumn(this.session, () => {
      const table = this.table.target();
      const index = this.session.model
        .headers(table)
        .findIndex((h) => h.toLowerCase() === name.toLowerCase());
      return index < 0 ? null : { table, index };
    });
  }
  /** Adds a column at the right: the cells there move right, and `values` holds the header too. */
  add(index: undefined, values: Value[][]): FakeTableColumn {
    let made: ColumnRef | null = null;
    this.session.enqueue(() => {
      const table = this.table.target();
      if (index !== undefined || values.length !== table.rowCount + 1)
        throw new FakeOfficeError("InvalidArgument", "column values do not fit");
      table.sheet.insertColumn(table.top, table.left + table.columns, table.rowCount + 1);
      values.forEach(([v], r) => table.sheet.write(table.top + r, table.left + table.columns, v));
      made = { table, index: table.columns++ };
    }, JSON.stringify(values).length);
    return new FakeTableColumn(this.session, () => made);
  }
  protected itemProxy(ref: ColumnRef): FakeTableColumn {
    return new FakeTableColumn(this.session, () => ref);
  }
}

class FakeTableRows {
  constructor(
    private readonly session: Session,
    private readonly table: FakeTableProxy
  ) {}
  /** Adds a row at the bottom, inserting cells: what was below the table moves down. */
  add(index: undefined, values: Value[][]) {
    let made: Area | null = null;
    this.session.enqueue(() => {
      const t = this.table.target();
      if (index !== undefined || values.length !== 1 || values[0].length !== t.columns)
        throw new FakeOfficeError("InvalidArgument", "row values do not fit");
      const row = t.top + 1 + t.rowCount;
      t.sheet.insertRow(row, t.left, t.columns);
      t.rowCount++;
      values[0].forEach((v, c) => t.sheet.write(row, t.left + c, v));
      made = { sheet: t.sheet, row, column: t.left, rows: 1, columns: t.columns };
    }, JSON.stringify(values).length);
    return { getRange: () => new FakeRange(this.session, () => made) };
  }
  /** A row of the data body; deleting it moves what is below (in the table's columns) up. */
  getItemAt(index: number) {
    return {
      delete: () =>
        this.session.enqueue(() => {
          const t = this.table.target();
          if (index < 0 || index >= t.rowCount)
            throw new FakeOfficeError("InvalidArgument", "no such table row");
          this.session.model.deleteRow(t, index);
        }, 0),
    };
  }
}

export class FakeTableProxy extends FakeObject<FakeTable> {
  readonly columns = new FakeTableColumns(this.session, this);
  readonly rows = new FakeTableRows(this.session, this);
  readonly worksheet = new FakeWorksheet(this.session, () => this.target().sheet);

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queue((table) => {
      const other = this.session.model.table(name);
      if (other !== null && other !== table)
        throw new FakeOfficeError("InvalidArgument", `the name "${name}" is taken`);
      table.name = name;
    }, name);
  }
  set style(style: string) {
    this.queue((table) => (table.style = style), style);
  }
  /** ExcelApi 1.13: the table over a new area; its header row stays on the same row. */
  resize(to: FakeRange): void {
    this.queue((table) => {
      requireApi(this.session, "1.13", "Table.resize");
      const a = to.target();
      if (a.row !== table.top || a.rows < 2)
        throw new FakeOfficeError("InvalidArgument", "a table keeps its header row");
      table.left = a.column;
      table.columns = a.columns;
      table.rowCount = a.rows - 1;
    });
  }
  /** The table becomes plain cells: they keep their values; its name is free again. */
  convertToRange(): void {
    this.queue((table) => {
      const tables = this.session.model.tables;
      tables.splice(tables.indexOf(table), 1);
    });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.session, () => {
      const t = this.target();
      return {
        sheet: t.sheet,
        row: t.top + 1,
        column: t.left,
        rows: t.rowCount,
        columns: t.columns,
      };
    });
  }
  protected override scalar(table: FakeTable, key: string): unknown {
    return key === "name" ? table.name : super.scalar(table, key);
  }
  protected override child(key: string): FakeObject<unknown> {
    if (key === "worksheet") return this.worksheet;
    if (key === "columns") return this.columns as FakeObject<unknown>;
    return super.child(key);
  }
}

export class FakeTables extends FakeCollection<FakeTable, FakeTableProxy> {
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.session, () => this.session.model.table(name));
  }
  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(this.session, () => this.session.model.table(name), true);
  }
  protected itemProxy(table: FakeTable): FakeTableProxy {
    return new FakeTableProxy(this.session, () => table);
  }
}
