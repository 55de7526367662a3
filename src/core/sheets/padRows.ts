import type { Cell } from "../cells/cells";

/**
 * Rows for a block of a fixed height: blank rows added below up to `count`, so that writing the
 * block again clears what an earlier, longer list left there. Rows past `count` are kept; a
 * caller whose block must not grow cuts them first.
 */
export function padRows(rows: readonly Cell[][], count: number, width: number): Cell[][] {
  return [
    ...rows,
    ...Array.from({ length: Math.max(0, count - rows.length) }, () =>
      new Array<Cell>(width).fill("")
    ),
  ];
}

/** Exactly `count` rows: cut to the space a block has, or padded with blank rows up to it. */
export function fitRows(rows: readonly Cell[][], count: number, width: number): Cell[][] {
  return padRows(rows.slice(0, count), count, width);
}
