/**
 * Proxy objects of the fake Excel context, which behave as Office.js proxies do: a method call or a
 * property write is queued and runs at the next context.sync(); a property can be read only after
 * it was loaded and synced (reading it earlier throws, as Office.js does); *OrNullObject results
 * say isNullObject after a sync; using a missing object fails the sync with ItemNotFound.
 * Only the calls the adapter makes are modelled; anything else fails loudly.
 */
import { cellName, parseRange } from "../../../src/workbook/shared/a1";
import type { FakeConditionalFormat, FakeSheet, FakeWorkbook, Value } from "./fakeModel";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** What proxies need from the context that owns them (FakeExcel). */
export interface Session {
  readonly model: FakeWorkbook;
  enqueue(run: () => void, requestBytes?: number): void;
  stage(proxy: FakeObject<unknown>, responseBytes: number): void;
  /** Whether the host has this ExcelApi requirement set, such as "1.8". */
  supports(version: string): boolean;
}

/** A call from a requirement set the host lacks fails its sync, as in Office. */
export function requireApi(session: Session, version: string, what: string): void {
  if (!session.supports(version))
    throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
}

export abstract class FakeObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private readonly pending = new Map<string, unknown>();
  private memo: T | null | undefined;

  constructor(
    protected readonly session: Session,
    private readonly resolver: () => T | null,
    nullable = false
  ) {
    if (nullable) session.enqueue(() => this.stage("isNullObject", this.resolveOrNull() === null));
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  load(paths: string): this {
    const list = paths.split(",").map((p) => p.trim().split("/"));
    this.session.enqueue(() => this.loadNow(list));
    return this;
  }

  loadNow(paths: readonly string[][]): void {
    const target = this.resolveOrNull();
    for (const [head, ...rest] of paths) {
      if (rest.length === 0) this.stage(head, target === null ? null : this.scalar(target, head));
      else if (target !== null) this.child(head).loadNow([rest]);
    }
  }

  stage(
    key: string,
    value: unknown,
    bytes = JSON.stringify(value ?? null).length + key.length + 4
  ): void {
    this.pending.set(key, value);
    this.session.stage(this, bytes);
  }

  deliver(): void {
    this.pending.forEach((value, key) => this.loaded.set(key, value));
    this.pending.clear();
  }

  discard(): void {
    this.pending.clear();
  }

  resolveOrNull(): T | null {
    if (this.memo === undefined) this.memo = this.resolver();
    return this.memo;
  }

  target(): T {
    const target = this.resolveOrNull();
    if (target === null)
      throw new FakeOfficeError(
        "ItemNotFound",
        `${this.constructor.name}: the requested resource doesn't exist.`
      );
    return target;
  }

  protected read<V>(key: string): V {
    if (!this.loaded.has(key)) {
      throw new Error(
        `The property '${key}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`
      );
    }
    return this.loaded.get(key) as V;
  }

  /** Queues a write or a method call, run against the target at sync time. */
  protected queue(action: (target: T) => void, payload?: unknown): void {
    this.session.enqueue(
      () => action(this.target()),
      payload === undefined ? 0 : JSON.stringify(payload).length
    );
  }

  protected scalar(_target: T, key: string): unknown {
    throw new Error(`fake: ${this.constructor.name} cannot load "${key}"`);
  }

  protected child(key: string): FakeObject<unknown> {
    throw new Error(`fake: ${this.constructor.name} has no navigation property "${key}"`);
  }
}

/** A collection: `load("items/…")` delivers `items`, each item loaded along the rest of the path. */
export abstract class FakeCollection<T, P extends FakeObject<T>> extends FakeObject<true> {
  constructor(
    session: Session,
    private readonly list: () => readonly T[]
  ) {
    super(session, () => true);
  }

  get items(): P[] {
    return this.read("items");
  }

  override loadNow(paths: readonly string[][]): void {
    const rests = paths.filter(([head]) => head === "items").map(([, ...rest]) => rest);
    if (rests.length < paths.length)
      throw new Error(`fake: ${this.constructor.name} loads only items/…`);
    const items = this.list().map((item) => this.itemProxy(item));
    this.stage("items", items, 2);
    items.forEach((item) => item.loadNow(rests));
  }

  protected abstract itemProxy(item: T): P;
}

export interface Area {
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

export function localAddress(a: Area): string {
  const from = cellName({ row: a.row, column: a.column });
  const to = cellName({ row: a.row + a.rows - 1, column: a.column + a.columns - 1 });
  return from === to ? from : `${from}:${to}`;
}

export function areaOf(sheet: FakeSheet, address: string): Area {
  const { from, to } = parseRange(address);
  return {
    sheet,
    row: from.row,
    column: from.column,
    rows: to.row - from.row + 1,
    columns: to.column - from.column + 1,
  };
}

export class FakeRange extends FakeObject<Area> {
  get values(): Value[][] {
    return this.read("values");
  }
  set values(grid: (Value | null)[][]) {
    this.queue((a) => this.each(a, grid, (r, c, v) => a.sheet.write(r, c, v)), grid);
  }
  get formulas(): Value[][] {
    return this.read("formulas");
  }
  /** Strings "=…" are formulas (unless the cell is text); anything else is written as typed. */
  set formulas(grid: (Value | null)[][]) {
    this.queue((a) => this.each(a, grid, (r, c, v) => a.sheet.writeFormula(r, c, v)), grid);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: (string | null)[][]) {
    this.queue((a) => this.each(a, grid, (r, c, f) => a.sheet.setFormat(r, c, f)), grid);
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }

  /** A built-in cell style by name (ExcelApi 1.7), recorded cell by cell. */
  set style(name: string) {
    this.queue((a) => {
      for (let r = 0; r < a.rows; r++)
        for (let c = 0; c < a.columns; c++)
          a.sheet.styles.set(`${a.row + r},${a.column + c}`, name);
    }, name);
  }

  /** add(type) and clearAll(), as ownedDesign.ts uses them: recorded on the sheet by area. */
  get conditionalFormats() {
    const queue = (action: (a: Area) => void) => this.queue(action, 16);
    const session = this.session;
    const target = () => this.target();
    return {
      clearAll: () =>
        queue((a) => {
          const list = a.sheet.conditionalFormats;
          const kept = list.filter(
            (f) =>
              f.row !== a.row ||
              f.column !== a.column ||
              f.rows !== a.rows ||
              f.columns !== a.columns
          );
          list.splice(0, list.length, ...kept);
        }),
      add: (type: string) => {
        let made: FakeConditionalFormat | null = null;
        queue((a) => {
          made = { row: a.row, column: a.column, rows: a.rows, columns: a.columns, type };
          a.sheet.conditionalFormats.push(made);
        });
        // Setters on the new format run in order after its add, at the same sync.
        const set = (apply: (f: FakeConditionalFormat) => void) =>
          session.enqueue(() => {
            target();
            apply(made!);
          }, 16);
        return {
          cellValue: {
            set rule(rule: unknown) {
              set((f) => (f.rule = rule));
            },
            format: {
              font: {
                set color(colour: string) {
                  set((f) => (f.font = colour));
                },
              },
              fill: {
                set color(colour: string) {
                  set((f) => (f.fill = colour));
                },
              },
            },
          },
        };
      },
    };
  }

  /** Only the rule's setter, as ownedSheet.ts uses it: recorded on the sheet, area by area. */
  get dataValidation() {
    const queue = (action: (a: Area) => void) => this.queue(action, 16);
    return {
      set rule(rule: unknown) {
        queue((a) =>
          a.sheet.validations.push({
            row: a.row,
            column: a.column,
            rows: a.rows,
            columns: a.columns,
            rule,
          })
        );
      },
    };
  }

  get format() {
    const queue = (action: (a: Area) => void) => this.queue(action, 16);
    return {
      font: {
        set bold(bold: boolean) {
          queue((a) => {
            for (let r = 0; r < a.rows; r++)
              for (let c = 0; c < a.columns; c++)
                a.sheet.bold[bold ? "add" : "delete"](`${a.row + r},${a.column + c}`);
          });
        },
      },
      set columnWidth(width: number) {
        queue((a) => {
          for (let c = 0; c < a.columns; c++) a.sheet.columnWidths.set(a.column + c, width);
        });
      },
      set wrapText(wrap: boolean) {
        queue((a) => {
          for (let r = 0; r < a.rows; r++)
            for (let c = 0; c < a.columns; c++)
              a.sheet.wrapped[wrap ? "add" : "delete"](`${a.row + r},${a.column + c}`);
        });
      },
      set verticalAlignment(alignment: string) {
        queue((a) => {
          for (let r = 0; r < a.rows; r++)
            for (let c = 0; c < a.columns; c++)
              a.sheet.verticalAlignment.set(`${a.row + r},${a.column + c}`, alignment);
        });
      },
      set rowHeight(height: number) {
        queue((a) => {
          for (let r = 0; r < a.rows; r++) a.sheet.rowHeights.set(a.row + r, height);
        });
      },
    };
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive((a) => ({
      ...a,
      row: a.row + row,
      column: a.column + column,
      rows: 1,
      columns: 1,
    }));
  }
  getRow(row: number): FakeRange {
    return this.derive((a) => ({ ...a, row: a.row + row, rows: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive((a) => {
      if (a.rows + deltaRows < 1 || a.columns + deltaColumns < 1)
        throw new FakeOfficeError("InvalidArgument", "resized to nothing");
      return { ...a, rows: a.rows + deltaRows, columns: a.columns + deltaColumns };
    });
  }

  protected override scalar(a: Area, key: string): unknown {
    const grid = <V>(f: (r: number, c: number) => V) =>
      Array.from({ length: a.rows }, (_, r) =>
        Array.from({ length: a.columns }, (_, c) => f(a.row + r, a.column + c))
      );
    switch (key) {
      case "values":
        return grid((r, c) => a.sheet.cell(r, c).value);
      case "formulas":
        // As Office.js: a formula where the cell has one, else its value.
        return grid((r, c) => a.sheet.cell(r, c).formula ?? a.sheet.cell(r, c).value);
      case "numberFormat":
        return grid((r, c) => a.sheet.cell(r, c).format);
      case "address":
        return sheetPrefix(a.sheet.name) + localAddress(a);
      case "rowIndex":
        return a.row;
      case "columnIndex":
        return a.column;
      case "rowCount":
        return a.rows;
      default:
        return super.scalar(a, key);
    }
  }

  private derive(f: (a: Area) => Area): FakeRange {
    return new FakeRange(this.session, () => f(this.target()));
  }

  private each<V>(
    a: Area,
    grid: V[][],
    put: (row: number, column: number, value: V) => void
  ): void {
    if (grid.length !== a.rows || grid.some((row) => row.length !== a.columns)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `a ${grid.length}-row grid does not fit ${localAddress(a)}`
      );
    }
    grid.forEach((row, r) => row.forEach((v, c) => put(a.row + r, a.column + c, v)));
  }
}
