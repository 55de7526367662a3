/**
 * Undo of a logged contact: one Contact Log row taken out and the client's row written back, in
 * two syncs. Sync 1 reads the log's column names, the columns the row is recognised by, and the
 * client table's headers and ID column; the row and the client are found again in what was read
 * (a sort or a later log since the read cannot pick another row). Sync 2 deletes the row through
 * the table and writes the client's cells, or nothing is written.
 */
import type { Cell } from "../../core/cells/cells";
import { TEXT_FORMAT, toExcel } from "../shared/cellWrites";
import { clientRowTarget } from "../shared/clientRowTarget";
import { lastMatchingRow } from "../shared/rowMatch";
import { errorCode } from "./payload";
import { updateList } from "../workbookPort";
import type { ClientRowUpdates, RowToRemove, WriteResult } from "../workbookPort";

export async function removeRowAndUpdate(
  context: Excel.RequestContext,
  remove: RowToRemove,
  updates: ClientRowUpdates
): Promise<WriteResult> {
  // Every update is to the same client table (a household's members): its IDs are read once.
  const list = updateList(updates);
  const update = list.length === 0 ? null : list[0];
  const log = context.workbook.tables.getItem(remove.table);
  log.columns.load("items/name");
  const columns = new Map<string, Excel.Range>();
  for (const header of Object.keys(remove.match)) {
    const range = log.columns.getItem(header).getDataBodyRange();
    range.load("values");
    columns.set(header, range);
  }
  let client: { table: Excel.Table; ids: Excel.Range } | null = null;
  if (update !== null) {
    const table = context.workbook.tables.getItem(update.table);
    table.columns.load("items/name");
    const ids = table.columns.getItem(update.idHeader).getDataBodyRange();
    ids.load("values");
    client = { table, ids };
  }
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
  const targets: { row: number; cells: [number, Cell][] }[] = [];
  if (client !== null) {
    const headers = client.table.columns.items.map((c) => c.name);
    const ids = client.ids.values.map((r) => r[0]);
    for (const each of list) {
      const target = clientRowTarget(each, headers, ids);
      if (!target.ok) return target;
      targets.push(target);
    }
  }
  log.rows.getItemAt(found.row).delete();
  if (client !== null) {
    const body = client.table.getDataBodyRange();
    for (const target of targets)
      for (const [column, value] of target.cells) {
        const cell = body.getCell(target.row, column);
        if (typeof value === "string") cell.numberFormat = [[TEXT_FORMAT]];
        cell.values = [[toExcel(value)]];
      }
  }
  await context.sync();
  return { ok: true };
}
