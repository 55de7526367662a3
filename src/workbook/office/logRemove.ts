/**
 * Undo of a logged contact: one Contact Log row taken out and the client's row written back, in
 * two syncs. Sync 1 reads the log's column names, the columns the row is recognised by, and the
 * client table's headers and ID column; the row and the client are found again in what was read
 * (a sort or a later log since the read cannot pick another row). Sync 2 deletes the row through
 * the table and writes the client's cells, or nothing is written.
 */
import { lastMatchingRow } from "../shared/rowMatch";
import { clientTargets, loadClientTable, queueClientCells } from "./clientRowWrites";
import { errorCode } from "./payload";
import { updateList } from "../workbookPort";
import type { ClientRowUpdates, RowToRemove, WriteResult } from "../workbookPort";

export async function removeRowAndUpdate(
  context: Excel.RequestContext,
  remove: RowToRemove,
  updates: ClientRowUpdates
): Promise<WriteResult> {
  const list = updateList(updates);
  const log = context.workbook.tables.getItem(remove.table);
  log.columns.load("items/name");
  const columns = new Map<string, Excel.Range>();
  for (const header of Object.keys(remove.match)) {
    const range = log.columns.getItem(header).getDataBodyRange();
    range.load("values");
    columns.set(header, range);
  }
  const client = loadClientTable(context, list[0] ?? null);
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === "ItemNotFound")
      return {
        ok: false,
        message: `The table "${remove.table}", its columns or the client table are no longer in the workbook. Nothing was written.`,
      };
    throw error;
  }
  const found = lastMatchingRow(remove, (header) => {
    const range = columns.get(header);
    return range === undefined ? null : range.values.map((r) => r[0] as unknown);
  });
  if (!found.ok) return found;
  const targets = clientTargets(client, list);
  if (!Array.isArray(targets)) return targets;
  log.rows.getItemAt(found.row).delete();
  queueClientCells(client, targets);
  await context.sync();
  return { ok: true };
}
