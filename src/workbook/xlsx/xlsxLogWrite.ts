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
import { clientRowInTable, type Refusal, type RowTarget } from "../shared/clientRowTarget";
import { inLogOrder, logColumns } from "../shared/logColumns";
import { clientTableGone, refuse, tableGone } from "../shared/refusals";
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

type ClientTarget = RowTarget & { readonly table: SheetTable };

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
    const columns = logColumns(log.model.name, logHeaders, append.headers);
    if (!columns.ok) return columns;
    const problem = appendProblem(log.sheet, log.model, append.rows.length);
    if (problem !== null) return refuse(problem);
    const logKinds = logHeaders.map(
      (_, c): WriteKind => kinds[columns.columnOf.indexOf(c)] ?? "general"
    );
    const rows = append.rows.map((row) => inLogOrder(row, columns));
    appendRows(log.sheet, log.model, rows, logKinds);
  } else {
    createSheetTable(workbook, append.sheet, append.table, append.headers, append.rows, kinds);
  }
  for (const target of targets) writeClientCells(target.table, target.row, target.cells);
  return { ok: true };
}

/** The client's row, found by ID now, and the cells to write, or a refusal naming what is wrong. */
function findClient(workbook: ExcelJS.Workbook, update: ClientRowUpdate): ClientTarget | Refusal {
  const table = findTable(workbook, update.table);
  if (table === null) return clientTableGone(update);
  const target = clientRowInTable(update, tableHeaders(table.model), (column) =>
    readBody(table.sheet, table.model).map((r) => r[column])
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
  update: ClientRowUpdates
): WriteResult {
  const log = findTable(workbook, remove.table);
  if (log === null) return tableGone(remove.table);
  const headers = tableHeaders(log.model);
  const body = readBody(log.sheet, log.model);
  const found = lastMatchingRow(remove, (header) => {
    const c = headers.indexOf(header);
    return c < 0 ? null : body.map((r) => r[c]);
  });
  if (!found.ok) return found;
  const targets: ClientTarget[] = [];
  for (const each of updateList(update)) {
    const target = findClient(workbook, each);
    if (!target.ok) return target;
    targets.push(target);
  }
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
  for (const target of targets) writeClientCells(target.table, target.row, target.cells);
  return { ok: true };
}
