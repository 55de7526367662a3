/**
 * Logging a contact: append rows to the log table and move one client's row on, in one batch of
 * two syncs.
 *
 * Sync 1 reads: every table's name and headers (is the log there, and in which column order?),
 * the sheet names (where a new log may go), and, for an update, the client table's headers and its
 * ID column as it is now. Then the client's row is found again by its ID: a sort, a filter or a
 * deleted row since the last refresh cannot send the write to another client.
 *
 * Sync 2 writes everything, or nothing is written at all: when the update is refused (the client
 * is gone, is there twice, or a column is missing) the log row is not appended either, so a
 * contact is never logged against a client row that could not be moved on.
 */
import { uniqueSheetName } from "../../core/sheets/sheetNames";
import {
  TEXT_FORMAT,
  fitRow,
  placeholderRow,
  rowFormats,
  sameName,
  textOnlyRow,
  toExcel,
} from "../shared/cellWrites";
import { errorCode } from "./payload";
import { clientTargets, loadClientTable, queueClientCells } from "./clientRowWrites";
import { inLogColumns, inLogOrder, logColumns, type LogColumns } from "../shared/logColumns";
import { clientTableGone } from "../shared/refusals";
import { updateList } from "../workbookPort";
import type { ClientRowUpdates, NewRows, WriteResult } from "../workbookPort";

export async function appendAndUpdate(
  context: Excel.RequestContext,
  append: NewRows,
  updates: ClientRowUpdates
): Promise<WriteResult> {
  const { tables, worksheets } = context.workbook;
  tables.load("items/name, items/columns/items/name");
  worksheets.load("items/name");
  const list = updateList(updates);
  const update = list[0] ?? null;
  const client = loadClientTable(context, update);
  try {
    await context.sync();
  } catch (error) {
    if (update !== null && errorCode(error) === "ItemNotFound") return clientTableGone(update);
    throw error;
  }

  // Everything is checked before the first write is queued.
  const targets = clientTargets(client, list);
  if (!Array.isArray(targets)) return targets;
  const log = tables.items.find((t) => sameName(t.name, append.table));
  if (log !== undefined) {
    const columns = logColumns(
      log.name,
      log.columns.items.map((c) => c.name),
      append.headers
    );
    if (!columns.ok) return columns;
    appendRows(log, append, columns);
  } else {
    const taken = worksheets.items.map((s) => s.name);
    createLog(context, append, uniqueSheetName(append.sheet, taken));
  }
  queueClientCells(client, targets);
  await context.sync();
  return { ok: true };
}

/**
 * Each row is added through the table (Excel inserts it, moving anything below the table down,
 * never writing over it), first with its text cells blank; then those cells are formatted as text
 * and filled. No string is ever in a cell that could read it as a formula.
 */
function appendRows(log: Excel.Table, append: NewRows, columns: LogColumns): void {
  const text = inLogColumns(append.textColumns, columns);
  const dates = inLogColumns(append.dateColumns, columns);
  for (const given of append.rows) {
    const row = inLogOrder(given, columns);
    const range = log.rows.add(undefined, [placeholderRow(row, text)]).getRange();
    range.numberFormat = [rowFormats(row, text, dates)];
    range.values = [textOnlyRow(row, text)];
  }
}

/** The log's first use: a sheet of its own, header and rows written formatted, then made a table. */
function createLog(context: Excel.RequestContext, append: NewRows, sheetName: string): void {
  const sheet = context.workbook.worksheets.add(sheetName);
  const width = append.headers.length;
  const rows = append.rows.map((r) => fitRow(r, width));
  const range = sheet.getRangeByIndexes(0, 0, rows.length + 1, width);
  range.numberFormat = [
    append.headers.map(() => TEXT_FORMAT),
    ...rows.map((r) => rowFormats(r, append.textColumns, append.dateColumns)),
  ];
  range.values = [
    [...append.headers],
    ...rows.map((r) => r.map((cell, c) => toExcel(cell, append.textColumns.includes(c)))),
  ];
  const table = sheet.tables.add(range, true);
  table.name = append.table;
}
