/**
 * Logging a contact in an .xlsx workbook: rows appended to the log table (made on its own sheet
 * on first use) and one client's row moved on, found again by its ID. As in logWrite.ts for
 * Excel, everything is checked before anything is written: when the update is refused (the client
 * is gone, is there twice, a column is missing) or the log cannot grow, nothing is written at all.
 */
import type ExcelJS from "exceljs";
import type { Cell } from "../../core/cells/cells";
import { isDateFormat } from "../../core/cells/numberFormat";
import { setFormat, writeCell, type WriteKind } from "./xlsxCells";
import {
  appendProblem,
  appendRows,
  cellAt,
  createSheetTable,
  findTable,
  geometry,
  readBody,
  tableHeaders,
  type SheetTable,
} from "./xlsxTables";
import { clientRowTarget, type Refusal } from "../shared/clientRowTarget";
import { updateList } from "../workbookPort";
import { lastMatchingRow } from "../shared/rowMatch";
import { cellName } from "../shared/a1";
import type {
  ClientRowUpdate,
  ClientRowUpdates,
  NewRows,
  RowToRemove,
  WriteResult,
} from "../workbookPort";

interface ClientTarget {
  readonly ok: true;
  readonly table: SheetTable;
  /** Zero-based, within the table's data body. */
  readonly row: number;
  readonly cells: readonly [number, Cell][];
}

function refuse(message: string): Refusal {
  return { ok: false, message: `${message} Nothing was written.` };
}

function kindsOf(append: NewRows): WriteKind[] {
  return append.headers.map((_, c) =>
    append.textColumns.includes(c) ? "text" : append.dateColumns.includes(c) ? "date" : "general"
  );
}

export function appendAndUpdate(
  workbook: ExcelJS.Workbook,
  append: NewRows,
  updates: ClientRowUpdates
): WriteResult {
  const targets: ClientTarget[] = [];
  for (const update of updateList(updates)) {
    const found = findClient(workbook, update);
    if (!found.ok) return found;
    targets.push(found);
  }
  const log = findTable(workbook, append.table);
  const kinds = kindsOf(append);
  if (log !== null) {
    const logHeaders = tableHeaders(log.model);
    const columnOf = append.headers.map((h) => logHeaders.indexOf(h));
    const missing = append.headers.filter((_, i) => columnOf[i] < 0);
    if (missing.length > 0)
      return refuse(
        `The table "${log.model.name}" has no column ${missing.map((h) => `"${h}"`).join(", ")}.`
      );
    const problem = appendProblem(log.sheet, log.model, append.rows.length);
    if (problem !== null) return refuse(problem);
    // The given columns go into the log's own column order; its other columns stay blank.
    const placed = (row: readonly Cell[]) => {
      const out: Cell[] = logHeaders.map(() => "");
      columnOf.forEach((column, i) => (out[column] = i < row.length ? row[i] : ""));
      return out;
    };
    const logKinds = logHeaders.map((_, c): WriteKind => kinds[columnOf.indexOf(c)] ?? "general");
    appendRows(log.sheet, log.model, append.rows.map(placed), logKinds);
  } else {
    createSheetTable(workbook, append.sheet, append.table, append.headers, append.rows, kinds);
  }
  for (const target of targets) writeClientCells(target.table, target.row, target.cells);
  return { ok: true };
}

/** The client's row, found by ID now, and the cells to write, or a refusal naming what is wrong. */
function findClient(workbook: ExcelJS.Workbook, update: ClientRowUpdate): ClientTarget | Refusal {
  const table = findTable(workbook, update.table);
  if (table === null)
    return refuse(`The client table "${update.table}" is no longer in the workbook.`);
  const headers = tableHeaders(table.model);
  const idColumn = headers.indexOf(update.idHeader);
  if (idColumn < 0)
    return refuse(`The table "${update.table}" has no column "${update.idHeader}" any more.`);
  const target = clientRowTarget(
    update,
    headers,
    readBody(table.sheet, table.model).map((r) => r[idColumn])
  );
  return target.ok ? { ...target, table } : target;
}

/**
 * The values an update carries are a last-contact date (a serial) and text. A number goes in as
 * a date, in the column's own date format where it has one, unless its column holds plain
 * numbers (then it is one too); a string always goes in as text.
 */
function writeClientCells(
  { sheet, model }: SheetTable,
  row: number,
  cells: readonly [number, Cell][]
): void {
  const g = geometry(model);
  for (const [column, value] of cells) {
    const at = (r: number) => cellAt(sheet, r, g.from.column + column);
    const cell = at(g.firstBodyRow + row);
    const others = Array.from({ length: g.lastBodyRow - g.firstBodyRow + 1 }, (_, i) =>
      at(g.firstBodyRow + i)
    ).filter((c) => c !== cell);
    const dated = others.find((c) => c.value instanceof Date);
    const numeric = others.some((c) => typeof c.value === "number" && !isDateFormat(c.numFmt));
    const asDate =
      typeof value === "number" && (isDateFormat(cell.numFmt) || dated !== undefined || !numeric);
    if (asDate && !isDateFormat(cell.numFmt) && dated !== undefined) setFormat(cell, dated.numFmt);
    writeCell(cell, value, asDate ? "date" : "general");
  }
}

/**
 * Takes a logged row back out: the cells of the table's columns below it move up one row (styles
 * with them), the table shrinks by one, and the client's row is written in the same call. Checked
 * first, so a refusal writes nothing.
 */
export function removeRowAndUpdate(
  workbook: ExcelJS.Workbook,
  remove: RowToRemove,
  update: ClientRowUpdate | null
): WriteResult {
  const log = findTable(workbook, remove.table);
  if (log === null) return refuse(`There is no table "${remove.table}".`);
  const headers = tableHeaders(log.model);
  const body = readBody(log.sheet, log.model);
  const found = lastMatchingRow(remove, (header) => {
    const c = headers.indexOf(header);
    return c < 0 ? null : body.map((r) => r[c]);
  });
  if (!found.ok) return found;
  const target = update === null ? null : findClient(workbook, update);
  if (target !== null && !target.ok) return target;
  const g = geometry(log.model);
  for (let r = g.firstBodyRow + found.row; r < g.to.row; r++)
    for (let c = g.from.column; c <= g.to.column; c++) {
      const below = cellAt(log.sheet, r + 1, c);
      const cell = cellAt(log.sheet, r, c);
      cell.value = below.value;
      cell.style = { ...below.style };
    }
  for (let c = g.from.column; c <= g.to.column; c++) {
    const last = cellAt(log.sheet, g.to.row, c);
    last.value = null;
    last.style = {};
  }
  const from = cellName(g.from);
  log.model.tableRef = `${from}:${cellName({ row: g.to.row - 1, column: g.to.column })}`;
  log.model.autoFilterRef = `${from}:${cellName({ row: g.lastBodyRow - 1, column: g.to.column })}`;
  if (target !== null) writeClientCells(target.table, target.row, target.cells);
  return { ok: true };
}
