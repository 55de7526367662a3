/**
 * Where the columns of rows to log go in a log table that is already there: the user may have
 * moved its columns or added their own, so each given column is found by its header, and a header
 * the table no longer has refuses the whole write.
 */
import type { Cell } from "../../core/cells/cells";
import { missingColumns, type Refusal } from "./refusals";

export interface LogColumns {
  readonly ok: true;
  /** For each given column, its index in the log table. */
  readonly columnOf: readonly number[];
  /** The log table's width. */
  readonly width: number;
}

export function logColumns(
  table: string,
  logHeaders: readonly string[],
  given: readonly string[]
): LogColumns | Refusal {
  const columnOf = given.map((header) => logHeaders.indexOf(header));
  const missing = given.filter((_, i) => columnOf[i] < 0);
  if (missing.length > 0) return missingColumns(table, missing);
  return { ok: true, columnOf, width: logHeaders.length };
}

/** A given row moved into the log table's own column order; its other columns stay blank. */
export function inLogOrder(row: readonly Cell[], { columnOf, width }: LogColumns): Cell[] {
  const placed: Cell[] = Array.from({ length: width }, () => "");
  columnOf.forEach((column, i) => (placed[column] = i < row.length ? row[i] : ""));
  return placed;
}

/** Given column indexes (text columns, date columns) as the log table's own. */
export function inLogColumns(columns: readonly number[], { columnOf }: LogColumns): number[] {
  return columns.map((c) => columnOf[c]);
}
