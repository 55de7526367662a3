/**
 * Logging a contact in a package: rows appended to the log table (its sheet's rows spliced in,
 * its `ref` moved on; made on its own new sheet on first use) and one client's cells rewritten,
 * the row found again by ID. Everything is checked before anything is changed, as in
 * xlsxLogWrite.ts: a refusal leaves the package as it was.
 */
import type { Cell } from "../../../core/cells/cells";
import { clientRowInTable } from "../../shared/clientRowTarget";
import { logColumns } from "../../shared/logColumns";
import { clientTableGone, refuse, type Refusal } from "../../shared/refusals";
import { updateList } from "../../workbookPort";
import type { ClientRowUpdates, NewRows, WriteResult } from "../../workbookPort";
import { cellXml } from "./cellXml";
import { addSheet } from "./newSheet";
import type { OpenedPackage } from "./openedPackage";
import { bodyRange, readArea, type SheetTable } from "./packageTables";
import { lastRowIndex, rowStyles, sheetDataRange } from "./sheetCells";
import { patchSheetPieces, type SheetEdits } from "./sheetPatch";
import { dateStyle, ensureStyle } from "./packageStyles";
import { TEXT_NUMFMT_ID } from "./stylesPart";
import { withLastRow } from "./tablePart";
import { columnName } from "../../shared/a1";

type Kind = "text" | "date" | "general";

export interface LogWriteContext {
  readonly pkg: OpenedPackage;
  readonly find: (name: string) => SheetTable | null;
  readonly body: (table: SheetTable) => readonly (readonly Cell[])[];
}

function headersOf(table: SheetTable): string[] {
  return table.columns.map((c) => c.name);
}

export interface ClientRow {
  readonly table: SheetTable;
  readonly row: number;
  readonly cells: readonly [number, Cell][];
}

/**
 * Each update's row, found again by ID with the same lookup and refusals as the other workbooks
 * (shared/clientRowTarget.ts), or the first refusal: checked before anything is written.
 */
export function clientRows(
  context: LogWriteContext,
  updates: ClientRowUpdates
): ClientRow[] | Refusal {
  const rows: ClientRow[] = [];
  for (const update of updateList(updates)) {
    const table = context.find(update.table);
    if (table === null) return clientTableGone(update);
    const target = clientRowInTable(update, headersOf(table), (column) =>
      context.body(table).map((r) => r[column])
    );
    if (!target.ok) return target;
    rows.push({ table, row: target.row, cells: target.cells });
  }
  return rows;
}

function prefixOfSheet(xml: Buffer): string {
  return sheetDataRange(xml)?.rowTag.slice(1, -3) ?? "";
}

export function appendAndUpdate(
  context: LogWriteContext,
  append: NewRows,
  updates: ClientRowUpdates
): WriteResult {
  const { pkg } = context;
  const clients = clientRows(context, updates);
  if (!Array.isArray(clients)) return clients;
  const kinds = append.headers.map((_, c): Kind =>
    append.textColumns.includes(c) ? "text" : append.dateColumns.includes(c) ? "date" : "general"
  );
  const log = context.find(append.table);
  if (log !== null) {
    const columns = logColumns(log.name, headersOf(log), append.headers);
    if (!columns.ok) return columns;
    const problem = appendProblem(pkg, log, append);
    if (problem !== null) return refuse(problem);
  }
  // Checked; from here on the package changes.
  if (log !== null) appendToTable(pkg, log, append, kinds);
  else createLog(pkg, append, kinds);
  for (const client of clients) writeClientCells(pkg, client.table, client.row, client.cells);
  return { ok: true };
}

function appendProblem(pkg: OpenedPackage, log: SheetTable, append: NewRows): string | null {
  if (log.totalsRows > 0)
    return `The table "${log.name}" has a totals row; this tool does not move it yet.`;
  // Rows are stored in order: when the sheet's last row is the table's last, nothing is below.
  const lastRow = lastRowIndex(pkg.bytes(log.sheetPart)!);
  if (lastRow !== null && lastRow <= log.to.row) return null;
  const below = readArea(
    pkg,
    log.sheetPart,
    log.to.row + 1,
    log.to.row + append.rows.length,
    log.from.column,
    log.to.column
  );
  if (below.some((row) => row.some((v) => v !== "" && v !== null)))
    return `The table "${log.name}" on sheet "${log.sheet}" has data right below it (row ${log.to.row + 2}); move it to make room.`;
  return null;
}

/** A typed-text column holds text: a number given there is written as its digits, as Excel keeps it. */
function asKind(value: Cell, kind: Kind): Cell {
  return kind === "text" && (typeof value === "number" || typeof value === "boolean")
    ? String(value)
    : value;
}

/**
 * A style for a value of this kind: the template's when it fits, else a plain date one. Text needs
 * no "@" format to stay text: an inline string is never read as a formula.
 */
function styleFor(
  pkg: OpenedPackage,
  kind: Kind,
  template: number | undefined,
  value: Cell
): number | undefined {
  const styles = pkg.styles();
  if (kind === "date" && typeof value === "number" && !styles.isDate(template))
    return dateStyle(pkg);
  return template;
}

function appendToTable(pkg: OpenedPackage, log: SheetTable, append: NewRows, kinds: Kind[]): void {
  const xml = pkg.bytes(log.sheetPart)!;
  const prefix = prefixOfSheet(xml);
  const headers = headersOf(log);
  const { first, last } = bodyRange(log);
  const template = last >= first ? rowStyles(xml, last) : new Map<number, number>();
  const edits: SheetEdits = new Map();
  append.rows.forEach((row, i) => {
    const cells = new Map<number, (ref: string) => string>();
    headers.forEach((header, j) => {
      const given = append.headers.indexOf(header);
      const kind = given >= 0 ? kinds[given] : "general";
      const value = asKind(given >= 0 && given < row.length ? row[given] : "", kind);
      const column = log.from.column + j;
      const style = styleFor(pkg, kind, template.get(column), value);
      const formula = log.columns[j].calculated;
      cells.set(column, (ref) => cellXml(prefix, ref, value, style, formula));
    });
    edits.set(last + 1 + i, cells);
  });
  pkg.set(log.sheetPart, patchSheetPieces(xml, edits));
  if (log.part !== null)
    pkg.set(log.part, withLastRow(pkg.text(log.part)!, last + append.rows.length, 0));
}

/**
 * A new log on its own sheet. Its typed-text columns get the text format, as the other workbooks
 * write them, so what the user types there later (an ID like 007) stays text too.
 */
function createLog(pkg: OpenedPackage, append: NewRows, kinds: Kind[]): void {
  const text = kinds.includes("text") ? ensureStyle(pkg, TEXT_NUMFMT_ID) : undefined;
  const header = append.headers
    .map((h, j) => cellXml("", `${columnName(j)}1`, h, undefined))
    .join("");
  const body = append.rows
    .map((row, i) => {
      const cells = append.headers
        .map((_, j) =>
          cellXml(
            "",
            `${columnName(j)}${i + 2}`,
            asKind(row[j] ?? "", kinds[j]),
            styleFor(pkg, kinds[j], kinds[j] === "text" ? text : undefined, row[j])
          )
        )
        .join("");
      return `<row r="${i + 2}">${cells}</row>`;
    })
    .join("");
  addSheet(pkg, {
    name: append.sheet,
    rowsXml: `<row r="1">${header}</row>${body}`,
    rowCount: Math.max(2, append.rows.length + 1),
    columnCount: append.headers.length,
    columnWidths: append.headers.map((h) => Math.min(40, Math.max(10, h.length + 4))),
    table: { name: append.table, headers: append.headers },
  });
}

/**
 * A number written to a client's row is a date (a last contact): it keeps the cell's date format,
 * or takes its column neighbour's, or a plain date one. Text is written as text in the cell's style.
 */
export function writeClientCells(
  pkg: OpenedPackage,
  table: SheetTable,
  row: number,
  cells: readonly [number, Cell][]
): void {
  const xml = pkg.bytes(table.sheetPart)!;
  const prefix = prefixOfSheet(xml);
  const { first, last } = bodyRange(table);
  const at = first + row;
  const own = rowStyles(xml, at);
  const neighbour =
    at > first ? rowStyles(xml, at - 1) : at < last ? rowStyles(xml, at + 1) : new Map();
  const styles = pkg.styles();
  const edits: SheetEdits = new Map([[at, new Map()]]);
  for (const [column, value] of cells) {
    const c = table.from.column + column;
    let style = own.get(c);
    if (typeof value === "number" && !styles.isDate(style))
      style = styles.isDate(neighbour.get(c)) ? neighbour.get(c) : dateStyle(pkg);
    edits.get(at)!.set(c, (ref: string) => cellXml(prefix, ref, value, style));
  }
  pkg.set(table.sheetPart, patchSheetPieces(xml, edits));
}
