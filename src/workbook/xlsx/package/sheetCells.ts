/**
 * Reading a worksheet part's cells without building the whole sheet: the inflated part is decoded
 * a window of whole rows at a time (a few MB), each row's cells are matched with two regular
 * expressions, and only the rows and columns asked for are kept, so a sheet of a million rows is
 * read in little memory. Rows after the last one wanted are not looked at. Values come out as the
 * workbook interface gives them: cached formula results, shared or inline strings, numbers
 * (dates stay serials of the workbook's own date system), booleans, error codes.
 */
import type { Cell } from "../../../core/cells/cells";
import { serialFromDate, SERIAL_1904_OFFSET } from "../../../core/dates/serial";
import { storedFormula } from "./formulaText";
import { attributes, cellText } from "./xmlText";

export interface CellContext {
  readonly strings: readonly string[];
  readonly date1904: boolean;
}

export interface Area {
  readonly fromRow: number;
  readonly toRow: number;
  readonly fromColumn: number;
  readonly toColumn: number;
}

const WINDOW = 4 * 1024 * 1024;
const VALUE = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>|<(?:[\w.-]+:)?t\s*\/>/g;

/** Zero-based column of "BC12". */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n - 1;
}

/** The text of a rich or plain string item (`<si>`, `<is>`), phonetic guides left out. */
export function richText(inner: string): string {
  const plain = inner.includes("rPh") ? inner.replace(PHONETIC, "") : inner;
  let text = "";
  TEXT.lastIndex = 0;
  for (let m = TEXT.exec(plain); m !== null; m = TEXT.exec(plain)) text += cellText(m[1] ?? "");
  return text;
}

function isoSerial(text: string, date1904: boolean): Cell {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (m === null) return text;
  const day = serialFromDate({ year: +m[1], month: +m[2], day: +m[3] });
  const time = ((+(m[4] ?? 0) * 60 + +(m[5] ?? 0)) * 60 + +(m[6] ?? 0)) / 86400;
  return day - (date1904 ? SERIAL_1904_OFFSET : 0) + time;
}

/**
 * An attribute of a start tag by plain search: the scanners call this for every cell, where a
 * regular expression each time costs several times as much. Tags split over lines fall back to one.
 */
export function quickAttribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) {
    if (!/[\t\n\r']/.test(tag)) return undefined;
    return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)`).exec(tag)?.[1];
  }
  const start = at + name.length + 3;
  return tag.slice(start, tag.indexOf('"', start));
}

function valueText(inner: string): string | null {
  const open = inner.indexOf("<v>");
  if (open >= 0) return inner.slice(open + 3, inner.indexOf("</", open));
  const v = VALUE.exec(inner);
  return v === null ? null : v[1];
}

export function cellValue(attrs: string, inner: string | undefined, context: CellContext): Cell {
  if (inner === undefined || inner === "") return "";
  const type = quickAttribute(attrs, "t") ?? "n";
  if (type === "inlineStr") {
    const is = /<(?:[\w.-]+:)?is>([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(inner);
    return is === null ? "" : richText(is[1]);
  }
  const raw = valueText(inner);
  if (raw === null) return "";
  switch (type) {
    case "s":
      return context.strings[Number(raw)] ?? "";
    case "str":
    case "e":
      return cellText(raw);
    case "b":
      return raw.trim() === "1" || raw.trim() === "true";
    case "d":
      return isoSerial(raw.trim(), context.date1904);
    default: {
      const n = Number(raw);
      return raw.trim() === "" ? "" : Number.isFinite(n) ? n : cellText(raw);
    }
  }
}

/** The byte range of the sheet's rows (inside `<sheetData>`), and the row tag with its prefix. */
export function sheetDataRange(xml: Buffer): { start: number; end: number; rowTag: string } | null {
  const open = xml.indexOf("sheetData");
  if (open < 0) return null;
  const close = xml.indexOf(">", open);
  if (xml[close - 1] === 0x2f) return { start: close + 1, end: close + 1, rowTag: "<row" };
  const lt = xml.lastIndexOf("<", open);
  const prefix = xml.subarray(lt + 1, open).toString("latin1");
  const end = xml.indexOf(`</${prefix}sheetData`, close);
  return { start: close + 1, end: end < 0 ? xml.length : end, rowTag: `<${prefix}row` };
}

/**
 * Each element `<{tag}…>…</{tag}>` or `<{tag}…/>` in `text`, found by plain search (a lazy regular
 * expression over a whole sheet costs several times as much): its start tag's attribute text and
 * its content (undefined when self-closing). Returning true stops the walk.
 */
export function eachElement(
  text: string,
  tag: string,
  visit: (attrs: string, inner: string | undefined, start: number, end: number) => boolean | void
): void {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  let at = text.indexOf(open);
  while (at >= 0) {
    const next = text.charCodeAt(at + open.length);
    // "<c" must not match "<col": the name ends at a space, "/" or ">".
    if (next !== 32 && next !== 47 && next !== 62 && next !== 9 && next !== 10 && next !== 13) {
      at = text.indexOf(open, at + 1);
      continue;
    }
    const headEnd = text.indexOf(">", at);
    if (headEnd < 0) return;
    let end: number;
    let stop: boolean | void;
    if (text.charCodeAt(headEnd - 1) === 47) {
      end = headEnd + 1;
      stop = visit(text.slice(at + open.length, headEnd - 1), undefined, at, end);
    } else {
      const closeAt = text.indexOf(close, headEnd);
      end = closeAt < 0 ? text.length : closeAt + close.length;
      const inner = text.slice(headEnd + 1, closeAt < 0 ? text.length : closeAt);
      stop = visit(text.slice(at + open.length, headEnd), inner, at, end);
    }
    if (stop === true) return;
    at = text.indexOf(open, end);
  }
}

/**
 * Calls `onRow` with each row in the area that has a cell in it (zero-based row, the cells from
 * `fromColumn`, blanks as ""). Stops after `toRow`.
 */
export function scanRows(
  xml: Buffer,
  area: Area,
  context: CellContext,
  onRow: (row: number, cells: Cell[]) => void
): void {
  eachRowXml(xml, area.fromRow, area.toRow, (row, inner, cellTag) => {
    if (inner === undefined) return;
    const cells = readRowCells(inner, cellTag, area, context);
    if (cells !== null) onRow(row, cells);
  });
}

function readRowCells(
  rowXml: string,
  cellTag: string,
  area: Area,
  context: CellContext
): Cell[] | null {
  const width = area.toColumn - area.fromColumn + 1;
  let cells: Cell[] | null = null;
  let column = -1;
  eachElement(rowXml, cellTag, (attrs, inner) => {
    const ref = quickAttribute(attrs, "r");
    column = ref === undefined ? column + 1 : columnOf(ref);
    if (column < area.fromColumn) return false;
    if (column > area.toColumn) return true;
    const value = cellValue(attrs, inner, context);
    if (value === "") return false;
    cells ??= new Array<Cell>(width).fill("");
    cells[column - area.fromColumn] = value;
    return false;
  });
  return cells;
}

/** One row's cells as written: column, attributes, content, and where each sits in the row's text. */
export function rowCellElements(
  rowXml: string,
  cellTag = "c"
): {
  column: number;
  attrs: Record<string, string>;
  rawAttrs: string;
  inner: string | undefined;
  start: number;
  end: number;
}[] {
  const out: ReturnType<typeof rowCellElements> = [];
  let column = -1;
  eachElement(rowXml, cellTag, (rawAttrs, inner, start, end) => {
    const attrs = attributes(rawAttrs);
    column = attrs.r === undefined ? column + 1 : columnOf(attrs.r);
    out.push({ column, attrs, rawAttrs, inner, start, end });
  });
  return out;
}

/** The block of non-blank cells (values or formulas) a sheet holds, or null for an empty sheet. */
export function usedArea(xml: Buffer, context: CellContext): Area | null {
  let area: { fromRow: number; toRow: number; fromColumn: number; toColumn: number } | null = null;
  const data = sheetDataRange(xml);
  if (data === null) return null;
  const cellTag = `${data.rowTag.slice(1, -3)}c`;
  const text = xml.toString("utf8", data.start, data.end);
  let rowIndex = -1;
  eachElement(text, data.rowTag.slice(1), (attrs, inner) => {
    const r = quickAttribute(attrs, "r");
    rowIndex = r === undefined ? rowIndex + 1 : Number(r) - 1;
    if (inner === undefined) return;
    for (const cell of rowCellElements(inner, cellTag)) {
      // A formula counts even without a cached result (openpyxl stores none).
      if (
        cellValue(cell.rawAttrs, cell.inner, context) === "" &&
        storedFormula(cell.inner) === null
      )
        continue;
      const column = cell.column;
      area ??= { fromRow: rowIndex, toRow: rowIndex, fromColumn: column, toColumn: column };
      area.toRow = rowIndex;
      area.fromColumn = Math.min(area.fromColumn, column);
      area.toColumn = Math.max(area.toColumn, column);
    }
  });
  return area;
}

/** The styles (`s`) of one row's cells by column, or an empty map when the row has none. */
export function rowStyles(xml: Buffer, row: number): Map<number, number> {
  const styles = new Map<number, number>();
  const data = sheetDataRange(xml);
  if (data === null) return styles;
  const head = Buffer.from(`${data.rowTag} `);
  let at = xml.indexOf(`${data.rowTag} r="${row + 1}"`, data.start);
  if (at < 0) at = findRowStart(xml, data, head, row);
  if (at < 0) return styles;
  const end = xml.indexOf(`</${data.rowTag.slice(1)}>`, at);
  const rowXml = xml.toString("utf8", at, end < 0 ? data.end : end);
  const headEnd = rowXml.indexOf(">");
  if (rowXml[headEnd - 1] === "/") return styles;
  for (const cell of rowCellElements(rowXml.slice(headEnd + 1), `${data.rowTag.slice(1, -3)}c`))
    if (cell.attrs.s !== undefined) styles.set(cell.column, Number(cell.attrs.s));
  return styles;
}

/** A row whose start tag has other attributes before `r` (LibreOffice writes `r` first, others may not). */
function findRowStart(
  xml: Buffer,
  data: { start: number; end: number; rowTag: string },
  head: Buffer,
  row: number
): number {
  const wanted = `r="${row + 1}"`;
  for (
    let at = xml.indexOf(head, data.start);
    at >= 0 && at < data.end;
    at = xml.indexOf(head, at + 1)
  ) {
    const tag = xml.toString("utf8", at, xml.indexOf(">", at));
    if (new RegExp(`\\s${wanted}`).test(tag)) return at;
  }
  return -1;
}

/** The zero-based index of the sheet's last row element, found from the end; null when unknown. */
export function lastRowIndex(xml: Buffer): number | null {
  const data = sheetDataRange(xml);
  if (data === null) return null;
  const at = xml.lastIndexOf(data.rowTag, data.end);
  if (at < data.start) return -1;
  const head = xml.toString("utf8", at, xml.indexOf(">", at));
  const r = quickAttribute(head, "r");
  return r === undefined ? null : Number(r) - 1;
}

/**
 * Each row element from `fromRow` to `toRow` with its content (undefined when self-closing) and
 * the cell tag its prefix gives, read a window at a time as scanRows reads; stops after `toRow`.
 */
export function eachRowXml(
  xml: Buffer,
  fromRow: number,
  toRow: number,
  visit: (row: number, inner: string | undefined, cellTag: string) => void
): void {
  const data = sheetDataRange(xml);
  if (data === null) return;
  const rowTag = data.rowTag.slice(1);
  const cellTag = `${rowTag.slice(0, -3)}c`;
  let pos = data.start;
  let rowIndex = -1;
  let done = false;
  while (pos < data.end && !done) {
    let until = Math.min(data.end, pos + WINDOW);
    if (until < data.end) {
      const cut = xml.lastIndexOf(data.rowTag, until);
      until = cut > pos ? cut : xml.indexOf(data.rowTag, pos + WINDOW);
      if (until < 0) until = data.end;
    }
    const text = xml.toString("utf8", pos, until);
    pos = until;
    eachElement(text, rowTag, (attrs, inner) => {
      const r = quickAttribute(attrs, "r");
      rowIndex = r === undefined ? rowIndex + 1 : Number(r) - 1;
      if (rowIndex > toRow) return (done = true);
      if (rowIndex >= fromRow) visit(rowIndex, inner, cellTag);
      return false;
    });
  }
}
