/**
 * Finding a client's row again at the moment of writing, the same way in every workbook: by its ID
 * in the ID column as it is now (the user may have sorted, filtered or deleted rows since the read).
 */
import type { Cell } from "../../core/cells/cells";
import { holdsId } from "./cellWrites";
import type { ClientRowUpdate } from "../workbookPort";

export interface RowTarget {
  readonly ok: true;
  /** The row's position in the table's data body now. */
  readonly row: number;
  /** Column index and value of each cell to write. */
  readonly cells: [number, Cell][];
}

export interface Refusal {
  readonly ok: false;
  readonly message: string;
}

/** The row holding the client's ID exactly once, and the columns named in the update, or why not. */
export function clientRowTarget(
  update: ClientRowUpdate,
  headers: readonly string[],
  ids: readonly unknown[]
): RowTarget | Refusal {
  const rows = ids.flatMap((id, i) => (holdsId(id, update.clientId) ? [i] : []));
  if (rows.length === 0) {
    return {
      ok: false,
      message: `Client ${update.clientId} is no longer in the table "${update.table}" (deleted, or its ID changed). Nothing was written.`,
    };
  }
  if (rows.length > 1) {
    return {
      ok: false,
      message: `Client ID ${update.clientId} appears ${rows.length} times in the table "${update.table}"; make it unique first. Nothing was written.`,
    };
  }
  const cells: [number, Cell][] = [];
  for (const [header, value] of Object.entries(update.values)) {
    const column = headers.indexOf(header);
    if (column < 0)
      return {
        ok: false,
        message: `The table "${update.table}" has no column "${header}" any more. Nothing was written.`,
      };
    cells.push([column, value]);
  }
  return { ok: true, row: rows[0], cells };
}
