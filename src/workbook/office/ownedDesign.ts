/**
 * The design system of the sheets the add-in owns, through Office.js: built-in cell styles for a
 * block's look, Excel tables over table blocks, conditional formats, print titles and hidden helper
 * sheets. Everything here is queued on the context; the caller syncs, so a sheet still takes a
 * fixed number of syncs. The one thing read first, in the caller's first sync, is whether each
 * table already exists (`findOwnedTables`).
 */
import { blockArea } from "../../core/sheets/blockArea";
import { BUILT_IN_STYLE, HIGHLIGHT_COLOURS } from "../../core/sheets/sheetLook";
import type { SheetHighlight } from "../../core/sheets/sheetLayout";
import type { SheetBlock, SheetLayout } from "../workbookPort";

/** What the host can do beyond the add-in's minimum (ExcelApi 1.7). */
export interface HostFeatures {
  /** ExcelApi 1.8: a chart series on the secondary axis. */
  readonly secondaryAxis: boolean;
  /** ExcelApi 1.9: the page layout (fit to one page wide, print titles); else printed at 100%. */
  readonly pageLayout: boolean;
  /** ExcelApi 1.8: data validation (drop-down lists); without it the cells are left free. */
  readonly dataValidation: boolean;
  /**
   * ExcelApi 1.13: a table resized in place. Without it a table written again is turned back into
   * cells and made anew over the block, under the same name (its cells are the block's anyway).
   */
  readonly tableResize?: boolean;
}

/** A table block's table, as found (or not) in the workbook before writing. */
export interface OwnedTable {
  readonly block: SheetBlock;
  readonly found: Excel.Table;
}

/** Queues loading each table block's table by name: read in the caller's first sync. */
export function findOwnedTables(context: Excel.RequestContext, layout: SheetLayout): OwnedTable[] {
  return layout.blocks.flatMap((block) => {
    if (block.table === undefined || blockArea(block) === null) return [];
    const found = context.workbook.tables.getItemOrNullObject(block.table.name);
    found.load("name");
    return [{ block, found }];
  });
}

/**
 * The block's look as Excel's built-in style, set before its formats: a style brings a number
 * format and font of its own, which the block's formats and bold then override.
 */
export function applyLook(range: Excel.Range, block: SheetBlock): void {
  if (block.look !== undefined) range.style = BUILT_IN_STYLE[block.look].name;
}

/**
 * Each table block as an Excel table of its name and style: a new one over the block, an existing
 * one resized to it (its rows grow or shrink with the block).
 */
export function writeTables(
  sheet: Excel.Worksheet,
  tables: readonly OwnedTable[],
  host: HostFeatures
): void {
  for (const { block, found } of tables) {
    const area = blockArea(block)!;
    let table: Excel.Table;
    if (!found.isNullObject && host.tableResize === true) {
      found.resize(sheet.getRange(area));
      table = found;
    } else {
      if (!found.isNullObject) found.convertToRange();
      table = sheet.tables.add(sheet.getRange(area), true);
      table.name = block.table!.name;
    }
    table.style = block.table!.style;
  }
}

const OPERATOR = { over: "GreaterThan", under: "LessThan" } as const;

/**
 * Conditional formats, each replacing whatever its range held before (a refresh draws them anew
 * rather than stacking a second data bar on the first).
 */
export function writeHighlights(
  sheet: Excel.Worksheet,
  highlights: readonly SheetHighlight[]
): void {
  for (const highlight of highlights) {
    const formats = sheet.getRange(highlight.range).conditionalFormats;
    formats.clearAll();
    if (highlight.kind === "dataBar") {
      formats.add("DataBar");
      continue;
    }
    const { cellValue } = formats.add("CellValue");
    const colours = HIGHLIGHT_COLOURS[highlight.look];
    cellValue.format.font.color = colours.font;
    cellValue.format.fill.color = colours.fill;
    cellValue.rule = { formula1: String(highlight.value), operator: OPERATOR[highlight.kind] };
  }
}

/** Rows printed on every page ("5:5" as "$5:$5") and a helper sheet hidden. */
export function writeSheetState(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  host: HostFeatures
): void {
  if (layout.repeatRows !== undefined && host.pageLayout)
    sheet.pageLayout.setPrintTitleRows(layout.repeatRows.replace(/(\d+)/g, "$$$1"));
  if (layout.hidden === true) sheet.visibility = "Hidden";
}
