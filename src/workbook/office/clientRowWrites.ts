/**
 * The client rows a log write or an undo changes, in the same batch: the table's headers and ID
 * column are queued for the batch's first sync, the rows found again by ID in what it read (a
 * sort since the pane's read cannot pick another row), and their cells queued for its last.
 * Every update is to one client table (a household's members): its IDs are read once.
 */
import type { Cell } from "../../core/cells/cells";
import { TEXT_FORMAT, toExcel } from "../shared/cellWrites";
import { clientRowTarget, type Refusal, type RowTarget } from "../shared/clientRowTarget";
import type { ClientRowUpdate } from "../workbookPort";

export interface LoadingClientTable {
  readonly table: Excel.Table;
  readonly ids: Excel.Range;
}

/** Queues loading the table of `update` (null: nothing to load). */
export function loadClientTable(
  context: Excel.RequestContext,
  update: ClientRowUpdate | null
): LoadingClientTable | null {
  if (update === null) return null;
  const table = context.workbook.tables.getItem(update.table);
  table.columns.load("items/name");
  const ids = table.columns.getItem(update.idHeader).getDataBodyRange();
  ids.load("values");
  return { table, ids };
}

/** After the sync: each update's row, or the first refusal. */
export function clientTargets(
  client: LoadingClientTable | null,
  updates: readonly ClientRowUpdate[]
): RowTarget[] | Refusal {
  if (client === null) return [];
  const headers = client.table.columns.items.map((c) => c.name);
  const ids: readonly Cell[] = client.ids.values.map((r) => r[0] as Cell);
  const targets: RowTarget[] = [];
  for (const update of updates) {
    const target = clientRowTarget(update, headers, ids);
    if (!target.ok) return target;
    targets.push(target);
  }
  return targets;
}

/** Queues the cells; strings as text, so none can become a formula. */
export function queueClientCells(
  client: LoadingClientTable | null,
  targets: readonly RowTarget[]
): void {
  if (client === null) return;
  const body = client.table.getDataBodyRange();
  for (const target of targets)
    for (const [column, value] of target.cells) {
      const cell = body.getCell(target.row, column);
      if (typeof value === "string") cell.numberFormat = [[TEXT_FORMAT]];
      cell.values = [[toExcel(value)]];
    }
}
