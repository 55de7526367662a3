/** Where a block lands on its sheet, as the writers and the layouts' own checks need it. */
import { cellName, parseCell } from "../cells/a1";
import type { SheetBlock } from "./sheetLayout";

/** The block's width: its longest row (shorter rows are written padded with blanks). */
export function blockWidth(block: SheetBlock): number {
  return Math.max(0, ...block.values.map((row) => row.length));
}

/** The block's cells as an A1 range ("A4:F9"); null for a block with no cells. */
export function blockArea(block: SheetBlock): string | null {
  const width = blockWidth(block);
  if (block.values.length === 0 || width === 0) return null;
  const from = parseCell(block.at);
  const to = { row: from.row + block.values.length - 1, column: from.column + width - 1 };
  return `${cellName(from)}:${cellName(to)}`;
}
