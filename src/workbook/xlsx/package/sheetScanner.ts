/**
 * Reading a worksheet's cells straight from its bytes, as they are inflated: rows and cells are
 * found with Buffer.indexOf, shared-string indexes and plain numbers are read from the bytes, and
 * only a cell of another kind (inline string, boolean, error, date, formula text) is decoded to
 * text and read by sheetCells' cellValue. So no string of the sheet's XML is ever built, nothing a
 * cell gives back holds on to one (a slice of a big string keeps all of it alive), and the part
 * need not be held whole: a scanner is pushed the inflated chunks and keeps only the row that a
 * chunk cut in two. It reads what sheetCells' scanRows reads, value for value (a property test
 * holds them together).
 */
import type { Cell } from "../../../core/cells/cells";
import { digits, endsName, find, hasDigit, oddTag, startsWith } from "./byteSearch";
import { cellValue, quickAttribute, type Area, type CellContext } from "./sheetCells";

const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const EMPTY = Buffer.alloc(0);
const R_ATTR = Buffer.from(' r="');
const T_ATTR = Buffer.from(' t="');
const VALUE_OPEN = Buffer.from("<v>");
const END_TAG = Buffer.from("</");
/** How much of the part's start is kept while the `<sheetData>` tag is not yet seen. */
const HEAD_KEPT = 256;

export type RowVisitor = (row: number, cells: Cell[]) => void;

export class RowScanner {
  private pending: Buffer = EMPTY;
  private state: "head" | "rows" | "done" = "head";
  private rowOpen = EMPTY;
  private rowClose = EMPTY;
  private cellOpen = EMPTY;
  private cellClose = EMPTY;
  private dataClose = EMPTY;
  private rowIndex = -1;

  constructor(
    private readonly area: Area,
    private readonly context: CellContext,
    private readonly onRow: RowVisitor
  ) {}

  /** True once the rows asked for are read (or the sheet has no more): the rest need not come. */
  get done(): boolean {
    return this.state === "done";
  }

  /** The next bytes of the part. */
  push(chunk: Buffer): void {
    if (this.state === "done") return;
    const buf = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    let start = 0;
    if (this.state === "head") {
      start = this.head(buf);
      if (start < 0) return;
    }
    const dataEnd = buf.indexOf(this.dataClose, start);
    if (dataEnd >= 0) {
      this.scan(buf, start, dataEnd);
      this.finish();
      return;
    }
    const cut = buf.lastIndexOf(this.rowOpen);
    if (cut > start) {
      this.scan(buf, start, cut);
      start = cut;
    }
    // A copy: the chunk itself need not stay alive for the part of a row it ends with.
    if (!this.done) this.pending = Buffer.from(buf.subarray(start));
  }

  /** The part has ended: what is left (a sheet cut short) is read as its last rows. */
  end(): void {
    if (this.state === "rows" && this.pending.length > 0)
      this.scan(this.pending, 0, this.pending.length);
    this.finish();
  }

  private finish(): void {
    this.state = "done";
    this.pending = EMPTY;
  }

  /** Finds `<sheetData>` and the prefix its elements use; where its rows start, or -1. */
  private head(buf: Buffer): number {
    const open = buf.indexOf("sheetData");
    const close = open < 0 ? -1 : buf.indexOf(GT, open);
    if (close < 0) {
      this.pending = Buffer.from(
        buf.subarray(open < 0 ? Math.max(0, buf.length - HEAD_KEPT) : buf.lastIndexOf("<", open))
      );
      return -1;
    }
    if (buf[close - 1] === SLASH) {
      this.finish();
      return -1;
    }
    const lt = buf.lastIndexOf("<", open);
    const prefix = buf.toString("latin1", lt + 1, open);
    this.rowOpen = Buffer.from(`<${prefix}row`);
    this.rowClose = Buffer.from(`</${prefix}row>`);
    this.cellOpen = Buffer.from(`<${prefix}c`);
    this.cellClose = Buffer.from(`</${prefix}c>`);
    this.dataClose = Buffer.from(`</${prefix}sheetData`);
    this.state = "rows";
    return close + 1;
  }

  /** Where the value of attribute `pattern` (` r="`) of the tag in [from, to) starts, or -1. */
  private static attribute(buf: Buffer, from: number, to: number, pattern: Buffer): number {
    const at = find(buf, pattern, from, to);
    return at < 0 ? -1 : at + pattern.length;
  }

  /** The rows in [from, to), which holds whole rows. */
  private scan(buf: Buffer, from: number, to: number): void {
    const { area, rowOpen } = this;
    let at = buf.indexOf(rowOpen, from);
    while (at >= 0 && at < to) {
      const nameEnd = at + rowOpen.length;
      if (!endsName(buf[nameEnd])) {
        at = buf.indexOf(rowOpen, at + 1);
        continue;
      }
      let headEnd = nameEnd;
      while (headEnd < to && buf[headEnd] !== GT) headEnd++;
      if (headEnd >= to) return;
      const selfClosing = buf[headEnd - 1] === SLASH;
      this.rowIndex = this.rowNumber(buf, nameEnd, selfClosing ? headEnd - 1 : headEnd);
      if (this.rowIndex > area.toRow) {
        this.finish();
        return;
      }
      let end = headEnd + 1;
      if (!selfClosing) {
        const close = buf.indexOf(this.rowClose, headEnd);
        const innerEnd = close < 0 || close >= to ? to : close;
        end = innerEnd === to ? to : close + this.rowClose.length;
        if (this.rowIndex >= area.fromRow) {
          const cells = this.cells(buf, headEnd + 1, innerEnd);
          if (cells !== null) this.onRow(this.rowIndex, cells);
        }
      }
      // Rows mostly follow one another: look where this one ends before searching on.
      at = startsWith(buf, rowOpen, end) ? end : buf.indexOf(rowOpen, end);
    }
  }

  private rowNumber(buf: Buffer, from: number, to: number): number {
    const at = RowScanner.attribute(buf, from, to, R_ATTR);
    if (at >= 0) {
      const end = buf.indexOf(QUOTE, at);
      const n = digits(buf, at, end);
      return (n >= 0 ? n : Number(buf.toString("utf8", at, end))) - 1;
    }
    if (!oddTag(buf, from, to)) return this.rowIndex + 1;
    const r = quickAttribute(buf.toString("utf8", from, to), "r");
    return r === undefined ? this.rowIndex + 1 : Number(r) - 1;
  }

  /** One row's cells in the area, blanks as ""; null when none has a value. */
  private cells(buf: Buffer, from: number, to: number): Cell[] | null {
    const { fromColumn, toColumn } = this.area;
    const { cellOpen, cellClose } = this;
    let cells: Cell[] | null = null;
    let column = -1;
    // Plain loops within the row: a cell is a few dozen bytes, less than Buffer.indexOf's own cost.
    let at = find(buf, cellOpen, from, to);
    while (at >= 0) {
      const nameEnd = at + cellOpen.length;
      if (!endsName(buf[nameEnd])) {
        at = find(buf, cellOpen, at + 1, to);
        continue;
      }
      let headEnd = nameEnd;
      while (headEnd < to && buf[headEnd] !== GT) headEnd++;
      if (headEnd >= to) break;
      const selfClosing = buf[headEnd - 1] === SLASH;
      const attrsEnd = selfClosing ? headEnd - 1 : headEnd;
      column = this.column(buf, nameEnd, attrsEnd, column);
      let end = headEnd + 1;
      let innerEnd = end;
      if (!selfClosing) {
        const close = find(buf, cellClose, headEnd, to);
        innerEnd = close < 0 ? to : close;
        end = close < 0 ? to : close + cellClose.length;
      }
      if (column > toColumn) break;
      if (column >= fromColumn && !selfClosing && innerEnd > headEnd + 1) {
        const value = this.value(buf, nameEnd, attrsEnd, headEnd + 1, innerEnd);
        if (value !== "") {
          cells ??= new Array<Cell>(toColumn - fromColumn + 1).fill("");
          cells[column - fromColumn] = value;
        }
      }
      at = find(buf, cellOpen, end, to);
    }
    return cells;
  }

  private column(buf: Buffer, from: number, to: number, previous: number): number {
    let at = RowScanner.attribute(buf, from, to, R_ATTR);
    if (at < 0) {
      if (!oddTag(buf, from, to)) return previous + 1;
      const ref = quickAttribute(buf.toString("utf8", from, to), "r");
      if (ref === undefined) return previous + 1;
      buf = Buffer.from(ref, "utf8");
      at = 0;
    }
    let n = 0;
    for (let i = at; i < buf.length; i++) {
      const code = buf[i];
      if (code < 65 || code > 90) break;
      n = n * 26 + code - 64;
    }
    return n - 1;
  }

  /**
   * A cell's value: a shared string or a plain number read from the bytes; anything else (or
   * anything odd) by cellValue on the cell's decoded text, so both readers agree on every cell.
   */
  private value(
    buf: Buffer,
    from: number,
    attrsEnd: number,
    innerStart: number,
    innerEnd: number
  ): Cell {
    const t = RowScanner.attribute(buf, from, attrsEnd, T_ATTR);
    const type =
      t < 0 ? (oddTag(buf, from, attrsEnd) ? -1 : 0x6e) : buf[t + 1] === QUOTE ? buf[t] : -1;
    if (type === 0x73 || type === 0x6e) {
      const open = find(buf, VALUE_OPEN, innerStart, innerEnd);
      if (open >= 0) {
        const rawStart = open + VALUE_OPEN.length;
        const rawEnd = buf.indexOf(END_TAG, rawStart);
        if (rawEnd >= 0 && rawEnd <= innerEnd) {
          if (type === 0x73) {
            const index = digits(buf, rawStart, rawEnd);
            if (index >= 0) return this.context.strings[index] ?? "";
          } else {
            const whole = digits(buf, rawStart, rawEnd);
            if (whole >= 0) return whole;
            const n = Number(buf.toString("latin1", rawStart, rawEnd));
            if (Number.isFinite(n) && hasDigit(buf, rawStart, rawEnd)) return n;
          }
        }
      }
    }
    return cellValue(
      buf.toString("utf8", from, attrsEnd),
      buf.toString("utf8", innerStart, innerEnd),
      this.context
    );
  }
}

/** scanRows' reading over a part held whole. */
export function scanSheetRows(
  xml: Buffer,
  area: Area,
  context: CellContext,
  onRow: RowVisitor
): void {
  const scanner = new RowScanner(area, context, onRow);
  scanner.push(xml);
  scanner.end();
}

/**
 * The same over a part's inflated chunks; stops taking chunks once the area is read, unless `tee`
 * (shown every chunk) asks for the rest too, by returning true.
 */
export async function streamSheetRows(
  chunks: AsyncIterable<Buffer>,
  area: Area,
  context: CellContext,
  onRow: RowVisitor,
  tee?: (chunk: Buffer) => boolean
): Promise<void> {
  const scanner = new RowScanner(area, context, onRow);
  for await (const chunk of chunks) {
    scanner.push(chunk);
    const more = tee?.(chunk) ?? false;
    if (scanner.done && !more) break;
  }
  scanner.end();
}
