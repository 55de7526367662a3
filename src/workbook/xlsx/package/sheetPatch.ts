/**
 * Writing cells into a worksheet part by splicing: the rows that get a cell are rebuilt around
 * their other cells, rows that do not exist yet are inserted in order, the `<dimension>` grows to
 * cover them, and every other byte of the part (other rows, columns, merged cells, validation,
 * conditional formats, sparklines in extLst, protection, print settings…) is copied as it was.
 */
import { columnName } from "../../shared/a1";
import { rowCellElements, sheetDataRange } from "./sheetCells";
import { attributes } from "./xmlText";

/** Builds a cell's XML for its reference, given the attributes of the cell it replaces, if any. */
export type CellBuilder = (
  ref: string,
  existing: Readonly<Record<string, string>> | null
) => string;

/** Row (zero-based) → column (zero-based) → builder. */
export type SheetEdits = Map<number, Map<number, CellBuilder>>;

interface RowSpan {
  readonly row: number;
  readonly start: number;
  readonly end: number;
}

export function patchSheet(xml: Buffer, edits: SheetEdits): Buffer {
  return Buffer.concat(patchSheetPieces(xml, edits));
}

/**
 * The patched sheet in pieces, most of them views of `xml`: OpenedPackage.set takes them as they
 * are and ZipArchive deflates them without joining them, a copy of the whole sheet saved.
 */
export function patchSheetPieces(xml: Buffer, edits: SheetEdits): Buffer[] {
  if (edits.size === 0) return [xml];
  const data = sheetDataRange(xml);
  if (data === null) throw new Error("the worksheet has no cell data");
  const prefix = data.rowTag.slice(1, -3);
  const selfClosed = data.start === data.end && xml[data.start - 2] === 0x2f;
  const pending = [...edits.keys()].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let copied = 0;
  let next = 0;
  const newRows = (below: number): string => {
    let text = "";
    while (next < pending.length && pending[next] < below) {
      const row = pending[next++];
      text += buildRow(prefix, row, "", edits.get(row)!);
    }
    return text;
  };
  for (const span of rowSpans(xml, data, prefix, pending)) {
    if (next >= pending.length) break;
    const inserted = newRows(span.row);
    const own = pending[next] === span.row ? edits.get(pending[next++]) : undefined;
    if (inserted === "" && own === undefined) continue;
    out.push(xml.subarray(copied, span.start), Buffer.from(inserted, "utf8"));
    if (own !== undefined) {
      out.push(Buffer.from(rebuildRow(xml.toString("utf8", span.start, span.end), span.row, own)));
      copied = span.end;
    } else copied = span.start;
  }
  const tail = newRows(Infinity);
  if (selfClosed) {
    const open = xml.lastIndexOf("<", data.start - 1);
    const tag = xml.toString("utf8", open, data.start - 2);
    out.push(xml.subarray(copied, open), Buffer.from(`${tag}>${tail}</${prefix}sheetData>`));
    copied = data.start;
  } else {
    out.push(xml.subarray(copied, data.end), Buffer.from(tail, "utf8"));
    copied = data.end;
  }
  out.push(xml.subarray(copied));
  const maxRow = pending[pending.length - 1];
  const maxColumn = Math.max(...[...edits.values()].flatMap((m) => [...m.keys()]));
  // The dimension sits before the rows, in the first piece (copied from the part's start).
  const dimension = grownDimension(xml, maxRow, maxColumn);
  if (dimension !== null)
    out.splice(0, 1, xml.subarray(0, dimension.at), dimension.tag, out[0].subarray(dimension.end));
  return out;
}

/**
 * The rows that matter to the edits, in order. Rows written with their number (as every producer
 * seen does) are found directly: the first row edited by its `r`, or, when every edit is below the
 * last row, none at all; otherwise every row is walked.
 */
function* rowSpans(
  xml: Buffer,
  data: { start: number; end: number; rowTag: string },
  prefix: string,
  pending: readonly number[]
): Generator<RowSpan> {
  const close = Buffer.from(`</${prefix}row>`);
  const last = xml.lastIndexOf(data.rowTag, data.end);
  if (last >= data.start) {
    const r = /\br="(\d+)"/.exec(xml.toString("utf8", last, xml.indexOf(">", last)));
    if (r !== null && Number(r[1]) - 1 < pending[0]) return;
  }
  let at = xml.indexOf(data.rowTag, data.start);
  const direct = xml.indexOf(`${data.rowTag} r="${pending[0] + 1}"`, data.start);
  // Jumping is safe only when the row before the jump is numbered too (no row relies on counting).
  if (direct > at && xml.indexOf(`${data.rowTag} r="`, data.start) === at) at = direct;
  let index = -1;
  while (at >= 0 && at < data.end) {
    const tagEnd = xml.indexOf(">", at);
    const head = xml.toString("utf8", at, tagEnd + 1);
    const r = /\br="(\d+)"/.exec(head);
    index = r === null ? index + 1 : Number(r[1]) - 1;
    const end = head.endsWith("/>") ? tagEnd + 1 : xml.indexOf(close, tagEnd) + close.length;
    yield { row: index, start: at, end };
    at = xml.indexOf(data.rowTag, end);
  }
}

function buildRow(
  prefix: string,
  row: number,
  attrs: string,
  cells: Map<number, CellBuilder>
): string {
  const body = [...cells.keys()]
    .sort((a, b) => a - b)
    .map((c) => cells.get(c)!(`${columnName(c)}${row + 1}`, null))
    .join("");
  return `<${prefix}row r="${row + 1}"${attrs}>${body}</${prefix}row>`;
}

function rebuildRow(rowXml: string, row: number, edits: Map<number, CellBuilder>): string {
  const headEnd = rowXml.indexOf(">");
  let head = rowXml.slice(0, headEnd + 1);
  const selfClosing = head.endsWith("/>");
  const tagName = /^<([\w.:-]+)/.exec(head)![1];
  if (selfClosing) head = `${head.slice(0, -2)}>`;
  const inner = selfClosing ? "" : rowXml.slice(headEnd + 1, rowXml.lastIndexOf("</"));
  const cells = rowCellElements(inner, `${tagName.slice(0, -3)}c`);
  let text = "";
  let from = 0;
  const columns = [...edits.keys()].sort((a, b) => a - b);
  let k = 0;
  for (const cell of cells) {
    while (k < columns.length && columns[k] < cell.column) {
      text += inner.slice(from, cell.start) + build(edits, columns[k++], row, null);
      from = cell.start;
    }
    if (k < columns.length && columns[k] === cell.column) {
      text += inner.slice(from, cell.start) + build(edits, columns[k++], row, cell.attrs);
      from = cell.end;
    }
  }
  const lastCellEnd = cells.length === 0 ? 0 : cells[cells.length - 1].end;
  text += inner.slice(from, Math.max(from, lastCellEnd));
  while (k < columns.length) text += build(edits, columns[k++], row, null);
  text += inner.slice(Math.max(from, lastCellEnd));
  return `${widenSpans(head, columns)}${text}</${tagName}>`;
}

function build(
  edits: Map<number, CellBuilder>,
  column: number,
  row: number,
  existing: Record<string, string> | null
): string {
  return edits.get(column)!(`${columnName(column)}${row + 1}`, existing);
}

/** `spans` is a hint of the row's first and last columns: it must still cover every cell. */
function widenSpans(head: string, columns: readonly number[]): string {
  const spans = attributes(head).spans;
  if (spans === undefined || !/^\d+:\d+$/.test(spans)) return head;
  const [a, b] = spans.split(":").map(Number);
  const low = Math.min(a, columns[0] + 1);
  const high = Math.max(b, columns[columns.length - 1] + 1);
  return head.replace(/\bspans="[^"]*"/, `spans="${low}:${high}"`);
}

/** The `<dimension>` tag grown to cover the edits, and where the old one is; null if it covers them. */
function grownDimension(
  xml: Buffer,
  maxRow: number,
  maxColumn: number
): { at: number; end: number; tag: Buffer } | null {
  const at = xml.indexOf("dimension");
  const data = xml.indexOf("sheetData");
  if (at < 0 || (data >= 0 && at > data)) return null;
  const end = xml.indexOf(">", at);
  const tag = xml.toString("utf8", at, end);
  const m = /\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/.exec(tag);
  if (m === null) return null;
  const lastColumn = m[3] ?? m[1];
  const lastRow = Number(m[4] ?? m[2]);
  const columnIndex = [...lastColumn].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const newColumn = columnName(Math.max(columnIndex, maxColumn));
  const newRow = Math.max(lastRow, maxRow + 1);
  if (newColumn === lastColumn && newRow === lastRow) return null;
  const replaced = tag.replace(m[0], `ref="${m[1]}${m[2]}:${newColumn}${newRow}"`);
  return { at, end, tag: Buffer.from(replaced) };
}
