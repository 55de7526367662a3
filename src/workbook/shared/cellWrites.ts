/**
 * How values are written so that Excel keeps them as they were given. Excel reads a string it is
 * handed through `Range.values` the way it reads typing: "=SUM(A1)" becomes a formula, "00123" the
 * number 123, "1-2" a date. A cell formatted as text ("@") before the value arrives keeps the string
 * as it is, so every string is written into a text-formatted cell.
 *
 * In a 2-D array written to `numberFormat` or `values`, Office.js leaves a cell whose entry is
 * `null` unchanged ("null input in two-dimensional arrays"); the helpers use that for cells whose
 * format is not ours to decide.
 */
import type { Cell } from "../../core/cells/cells";

export const TEXT_FORMAT = "@";
/** Dates the add-in writes: ISO order reads the same in every locale. */
export const DATE_FORMAT = "yyyy-mm-dd";

export type ExcelValue = string | number | boolean;

/** A value as Office.js writes it: a blank is "", a text column's value is a string. */
export function toExcel(cell: Cell, asText = false): ExcelValue {
  if (cell === null || cell === undefined) return "";
  return asText ? String(cell) : cell;
}

/** The number format each cell of a row needs: text for strings and text columns, a date format
 * for numbers in date columns, and null (leave as it is) for the rest. */
export function rowFormats(
  row: readonly Cell[],
  textColumns: readonly number[],
  dateColumns: readonly number[]
): (string | null)[] {
  return row.map((cell, c) => {
    if (typeof cell === "string" || textColumns.includes(c)) return TEXT_FORMAT;
    if (typeof cell === "number" && dateColumns.includes(c)) return DATE_FORMAT;
    return null;
  });
}

/** The row as first written into cells that do not exist yet (a table row being added): text
 * cells blank, so that no string is ever read as a formula before its cell is formatted as text. */
export function placeholderRow(row: readonly Cell[], textColumns: readonly number[]): ExcelValue[] {
  return row.map((cell, c) =>
    typeof cell === "string" || textColumns.includes(c) ? "" : toExcel(cell)
  );
}

/** The text cells of a row, written once their cells are formatted as text; null elsewhere. */
export function textOnlyRow(
  row: readonly Cell[],
  textColumns: readonly number[]
): (string | null)[] {
  return row.map((cell, c) =>
    typeof cell === "string" || textColumns.includes(c) ? String(toExcel(cell)) : null
  );
}

/** Pads or cuts a row to a width, blanks as "". */
export function fitRow(row: readonly Cell[], width: number): Cell[] {
  return Array.from({ length: width }, (_, c) => (c < row.length ? row[c] : ""));
}

/** Whether a cell of the ID column holds this client ID (IDs typed as numbers count). */
export function holdsId(cell: unknown, clientId: string): boolean {
  if (typeof cell === "number") return String(cell) === clientId.trim();
  return typeof cell === "string" && cell.trim() === clientId.trim() && cell.trim() !== "";
}

/** Excel compares the names of tables, sheets and columns ignoring case. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
