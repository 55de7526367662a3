/**
 * The values a chart's ranges hold when the chart part is written, for its caches: Excel and
 * LibreOffice read the cells again on opening, but a viewer that does not recalculate (a file
 * preview, a phone, openpyxl) shows only what the part itself carries.
 */
import type { Cell } from "../../../core/cells/cells";
import { cellName, parseCell } from "../../shared/a1";
import type { SheetLayout } from "../../workbookPort";

export interface ChartCell {
  readonly value: Cell;
  /** The cell's number format ("0%"), so the cache and the axis read as the sheet does. */
  readonly format?: string;
}

/** The cell `address` ("B16") of the sheet `sheet`; undefined where nothing is known of it. */
export type ChartCells = (sheet: string, address: string) => ChartCell | undefined;

/**
 * The cells the layouts write, as a lookup. A formula's result is not known until a spreadsheet
 * calculates it, so formula cells are left out (a cache point missing draws as a gap).
 */
export function layoutCells(...layouts: readonly SheetLayout[]): ChartCells {
  const known = new Map<string, ChartCell>();
  const key = (sheet: string, address: string) =>
    `${sheet.toLowerCase()}!${cellName(parseCell(address))}`;
  for (const layout of layouts)
    for (const block of layout.blocks) {
      const at = parseCell(block.at);
      block.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (block.formulas === true && typeof value === "string" && value.startsWith("=")) return;
          const address = cellName({ row: at.row + r, column: at.column + c });
          const format = block.formats?.[c];
          known.set(
            key(layout.sheet, address),
            format === undefined ? { value } : { value, format }
          );
        })
      );
    }
  return (sheet, address) => known.get(key(sheet, address));
}
