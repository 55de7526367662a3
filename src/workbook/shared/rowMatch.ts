/**
 * Finding a logged row again to take it back (undo): the last data row whose cells under the given
 * headers hold the given values, compared as people see them (a blank is a blank, text trimmed),
 * so a table sorted or appended to since the read still gives the right row.
 */
import { isBlank, type Cell } from "../../core/cells/cells";
import type { RowToRemove } from "../workbookPort";

function sameCell(a: unknown, b: Cell): boolean {
  const blankA = a === null || a === undefined || (typeof a === "string" && a.trim() === "");
  if (blankA || isBlank(b)) return blankA && isBlank(b);
  if (typeof a === "number" && typeof b === "number") return a === b;
  return String(a).trim() === String(b).trim();
}

/**
 * The index of the last matching row, or a message naming what is missing. `column(header)`
 * gives that column's values top to bottom, or null when the table has no such column.
 */
export function lastMatchingRow(
  remove: RowToRemove,
  column: (header: string) => readonly unknown[] | null
): { ok: true; row: number } | { ok: false; message: string } {
  const columns: [readonly unknown[], Cell][] = [];
  for (const [header, value] of Object.entries(remove.match)) {
    const values = column(header);
    if (values === null)
      return {
        ok: false,
        message: `The table "${remove.table}" has no column "${header}". Nothing was written.`,
      };
    columns.push([values, value]);
  }
  const rows = columns.length === 0 ? 0 : columns[0][0].length;
  for (let r = rows - 1; r >= 0; r--)
    if (columns.every(([values, value]) => sameCell(values[r], value))) return { ok: true, row: r };
  return {
    ok: false,
    message: `That entry is no longer in the table "${remove.table}" (deleted or changed). Nothing was written.`,
  };
}
