/**
 * The hidden sheet "_RelationshipHour": the add-in's workbook settings as rows of key (column A)
 * and value (column B), from row 2, both text. The command line keeps its settings there because
 * the .xlsx library cannot reach Office's add-in settings part; the pane reads and updates the
 * same rows when the sheet is there, so the confirmed mapping travels both ways with the file.
 */
import type { Cell } from "../../core/cells/cells";

export const SETTINGS_STORE_SHEET = "_RelationshipHour";
export const STORE_TITLE =
  "Relationship Hour workbook settings (kept by the relationship-hour command line and the add-in)";
/** The first settings row, 1-based; row 1 holds the title. */
export const STORE_FIRST_ROW = 2;

export interface StoredSetting {
  /** 1-based worksheet row: the key's own row, or the first free one when it has none yet. */
  readonly row: number;
  /** The stored value, or null when the key has no row. */
  readonly value: string | null;
}

/** Where `key` is among the sheet's rows, read from A1 (columns A and B). */
export function findStoredSetting(rows: readonly (readonly Cell[])[], key: string): StoredSetting {
  let free: number | null = null;
  for (let i = STORE_FIRST_ROW - 1; i < rows.length; i++) {
    const cellKey = String(rows[i][0] ?? "");
    if (cellKey === key) return { row: i + 1, value: String(rows[i][1] ?? "") };
    if (cellKey === "" && free === null) free = i + 1;
  }
  return { row: free ?? Math.max(rows.length + 1, STORE_FIRST_ROW), value: null };
}
