/**
 * Finding a client's row again at the moment of writing, the same way in every workbook: by its ID
 * in the ID column as it is now (the user may have sorted, filtered or deleted rows since the read).
 */
import type { Cell } from "../../core/cells/cells";
import { holdsId } from "./cellWrites";
import {
  clientGone,
  clientTableGone,
  clientTwice,
  updateColumnGone,
  type Refusal,
} from "./refusals";
import type { ClientRowUpdate } from "../workbookPort";

export type { Refusal } from "./refusals";

export interface RowTarget {
  readonly ok: true;
  /** The row's position in the table's data body now. */
  readonly row: number;
  /** Column index and value of each cell to write. */
  readonly cells: [number, Cell][];
}

/** The row holding the client's ID exactly once, and the columns named in the update, or why not. */
export function clientRowTarget(
  update: ClientRowUpdate,
  headers: readonly string[],
  ids: readonly unknown[]
): RowTarget | Refusal {
  const rows = ids.flatMap((id, i) => (holdsId(id, update.clientId) ? [i] : []));
  if (rows.length === 0) return clientGone(update);
  if (rows.length > 1) return clientTwice(update, rows.length);
  const cells: [number, Cell][] = [];
  for (const [header, value] of Object.entries(update.values)) {
    const column = headers.indexOf(header);
    if (column < 0) return updateColumnGone(update, header);
    cells.push([column, value]);
  }
  return { ok: true, row: rows[0], cells };
}

/**
 * The same, for a workbook that has the client table at hand and reads its ID column on demand: a
 * missing ID column is refused as Excel refuses it, with the table's own words.
 */
export function clientRowInTable(
  update: ClientRowUpdate,
  headers: readonly string[],
  idColumn: (column: number) => readonly unknown[]
): RowTarget | Refusal {
  const column = headers.indexOf(update.idHeader);
  if (column < 0) return clientTableGone(update);
  return clientRowTarget(update, headers, idColumn(column));
}
