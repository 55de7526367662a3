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
import { clientTableGone, refuse } from "../shared/refusals";
import type { ClientRowUpdate, NewRows, WriteResult } from "../workbookPort";

type ClientTarget = RowTarget & { readonly table: SheetTable };

function kindsOf(append: NewRows): WriteKind[] {
  return append.headers.map((_, c) =>
    append.textColumns.includes(c) ? "text" : append.dateColumns.includes(c) ? "date" : "general"
  );
}

export function appendAndUpdate(
  workbook: ExcelJS.Workbook,
  append: NewRows,
  update: ClientRowUpdate | null
): WriteResult {
  let target: ClientTarget | null = null;
  if (update !== null) {
    const found = findClient(workbook, update);
    if (!found.ok) return found;
    target = found;
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
  if (target !== null) writeClientCells(target.table, target.row, target.cells);
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
