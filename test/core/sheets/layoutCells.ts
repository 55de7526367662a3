/** The cells a layout writes at an address, read back from its blocks: what a chart's range draws. */
import type { Cell } from "../../../src/core/cells/cells";
import { parseCell, parseRange } from "../../../src/workbook/shared/a1";

interface Block {
  readonly at: string;
  readonly values: readonly (readonly Cell[])[];
}

/** Row by row; undefined where no block writes (a chart drawing over nothing). */
export function cellsAt(blocks: readonly Block[], address: string): (Cell | undefined)[][] {
  const written = new Map<string, Cell>();
  for (const block of blocks) {
    const at = parseCell(block.at);
    block.values.forEach((row, r) =>
      row.forEach((value, c) => written.set(`${at.row + r},${at.column + c}`, value))
    );
  }
  const { from, to } = parseRange(address);
  return Array.from({ length: to.row - from.row + 1 }, (_, r) =>
    Array.from({ length: to.column - from.column + 1 }, (_, c) =>
      written.get(`${from.row + r},${from.column + c}`)
    )
  );
}

/** One column's cells as a list. */
export function columnAt(blocks: readonly Block[], address: string): (Cell | undefined)[] {
  return cellsAt(blocks, address).map((row) => row[0]);
}
