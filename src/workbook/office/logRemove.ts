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
import type { ClientRowUpdate, RowToRemove, WriteResult } from "../workbookPort";

export async function removeRowAndUpdate(
  context: Excel.RequestContext,
  remove: RowToRemove,
  update: ClientRowUpdate | null
): Promise<WriteResult> {
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
  let cells: { row: number; cells: [number, Cell][] } | null = null;
  if (update !== null && client !== null) {
    const target = clientRowTarget(
      update,
      client.table.columns.items.map((c) => c.name),
      client.ids.values.map((r) => r[0])
    );
    if (!target.ok) return target;
    cells = target;
  }
  log.rows.getItemAt(found.row).delete();
  if (cells !== null && client !== null) {
    const body = client.table.getDataBodyRange();
    for (const [column, value] of cells.cells) {
      const cell = body.getCell(cells.row, column);
      if (typeof value === "string") cell.numberFormat = [[TEXT_FORMAT]];
      cell.values = [[toExcel(value)]];
    }
  }
  await context.sync();
  return { ok: true };
}
