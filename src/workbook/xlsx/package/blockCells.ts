/**
 * The cells of an owned sheet's blocks as sheet edits, by the rules every writer of the port
 * follows: a block is a rectangle (short rows are padded with blanks, which clear what was there);
 * a string is text — written as an inline string, never a formula — unless the block says it holds
 * the add-in's formulas and the string starts with "="; a string gets the text format "@" and any
 * other cell its column's format (General when none is given).
 */
import type { Cell } from "../../../core/cells/cells";
import type { SheetBlock } from "../../../core/sheets/sheetLayout";
import { parseRange } from "../../shared/a1";
import { TEXT_FORMAT } from "../../shared/cellWrites";
import type { CellFormats } from "./cellFormats";
import { cellXml } from "./cellXml";
import type { SheetEdits } from "./sheetPatch";

/** Excel's limit on a cell's text: longer text is cut there rather than make a file Excel repairs. */
const MAX_CELL_TEXT = 32767;

/** The number format a block's cell is written with (as the Office.js writer's cellFormat). */
export function cellNumberFormat(block: SheetBlock, cell: Cell, column: number): string {
  const formula = isFormula(block, cell);
  const text = typeof cell === "string" && !formula && (cell !== "" || block.formats === undefined);
  return text ? TEXT_FORMAT : (block.formats?.[column] ?? "General");
}

function isFormula(block: SheetBlock, cell: Cell): boolean {
  return block.formulas === true && typeof cell === "string" && cell.startsWith("=");
}

export function blockWidth(block: SheetBlock): number {
  return Math.max(0, ...block.values.map((r) => r.length));
}

export interface BlockEdits {
  readonly edits: SheetEdits;
  /** Row (zero-based) → height in points. */
  readonly heights: Map<number, number>;
  readonly formulas: boolean;
}

export function blockEdits(
  blocks: readonly SheetBlock[],
  prefix: string,
  formats: CellFormats
): BlockEdits {
  const edits: SheetEdits = new Map();
  const heights = new Map<number, number>();
  let formulas = false;
  for (const block of blocks) {
    const width = blockWidth(block);
    if (width === 0) continue;
    const at = parseRange(block.at).from;
    block.values.forEach((values, i) => {
      const row = at.row + i;
      let cells = edits.get(row);
      if (cells === undefined) edits.set(row, (cells = new Map()));
      for (let j = 0; j < width; j++) {
        const cell: Cell = j < values.length ? values[j] : "";
        const style = formats.styleOf({
          numberFormat: cellNumberFormat(block, cell, j),
          bold: block.bold,
          wrap: block.wrap === true,
          look: block.look,
        });
        if (isFormula(block, cell)) {
          formulas = true;
          const formula = (cell as string).slice(1);
          cells.set(at.column + j, (ref) => cellXml(prefix, ref, "", style, formula));
        } else {
          const value = typeof cell === "string" ? cell.slice(0, MAX_CELL_TEXT) : cell;
          cells.set(at.column + j, (ref) => cellXml(prefix, ref, value, style));
        }
      }
      if (block.rowHeight !== undefined) heights.set(row, block.rowHeight);
    });
  }
  return { edits, heights, formulas };
}
