/**
 * What the add-in keeps in the workbook for formulas to use: sheets it owns (settings, plans,
 * dashboards), written block by block with their charts, and workbook names pointing into them.
 */
import type { Cell } from "../../core/cells/cells";
import { TEXT_FORMAT, fitRow, toExcel } from "../shared/cellWrites";
import { deleteOwnedCharts, drawCharts } from "./ownedCharts";
import {
  applyLook,
  findOwnedTables,
  writeHighlights,
  writeSheetState,
  writeTables,
  type HostFeatures,
} from "./ownedDesign";
import type { SheetBlock, SheetLayout } from "../workbookPort";

export type { HostFeatures } from "./ownedDesign";

/** Two syncs (one when no name is a range): the names, then the ranges they refer to. A name
 * holding a constant gives that constant; one holding anything else (an error, an array) gives null. */
export async function readNames(
  context: Excel.RequestContext,
  names: readonly string[]
): Promise<Record<string, Cell[][] | null>> {
  const items = names.map((name) => {
    const item = context.workbook.names.getItemOrNullObject(name);
    item.load("type, value");
    return item;
  });
  await context.sync();
  const ranges = items.map((item) => {
    if (item.isNullObject || item.type !== "Range") return null;
    const range = item.getRange();
    range.load("values");
    return range;
  });
  if (ranges.some((r) => r !== null)) await context.sync();
  const result: Record<string, Cell[][] | null> = {};
  names.forEach((name, i) => {
    const item = items[i];
    const range = ranges[i];
    if (range !== null) result[name] = range.values as Cell[][];
    else if (item.isNullObject || !isConstant(item.type)) result[name] = null;
    else result[name] = [[item.value as Cell]];
  });
  return result;
}

/** One sync: the values of `address` on the sheet, blanks as ""; null when the sheet is gone. */
export async function readSheetValues(
  context: Excel.RequestContext,
  sheet: string,
  address: string
): Promise<Cell[][] | null> {
  // A method on a null object has no defined result in Office.js: the sheet is asked for by
  // getItem, and its absence is the sync's ItemNotFound.
  const range = context.workbook.worksheets.getItem(sheet).getRange(address);
  range.load("values");
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code === "ItemNotFound") return null;
    throw error;
  }
  return range.values as Cell[][];
}

function isConstant(type: string): boolean {
  return ["String", "Integer", "Double", "Boolean"].includes(type);
}

/**
 * The number format a block's cell is written with. A string that is not one of the add-in's
 * formulas gets the text format whatever the block's formats say, so "=1+1" or "007" stays as
 * given; a blank keeps the column's format, for what the user types there later.
 */
function cellFormat(block: SheetBlock, cell: Cell, column: number): string {
  const formula = block.formulas === true && typeof cell === "string" && cell.startsWith("=");
  const text = typeof cell === "string" && !formula && (cell !== "" || block.formats === undefined);
  return text ? TEXT_FORMAT : (block.formats?.[column] ?? "General");
}

/** "F5:F12" as "$F$5:$F$12": a list's source stays put whichever cell it validates. */
function absolute(address: string): string {
  return address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** Widths are given in characters; Excel takes points (about 7 a character of Calibri 11). */
const POINTS_PER_CHARACTER = 7;
/** The sheet-level name Excel itself keeps a sheet's print area in. */
const PRINT_AREA = "Print_Area";

/**
 * At most three syncs, whatever the number of rows or charts: whether the sheet and the names
 * exist; for a sheet that was there already and has a print area or charts to replace, its
 * Print_Area name and its charts' names; then every write in one. The first also asks whether
 * each table block's table exists already (it is then resized, not made twice). Only the blocks' cells are
 * written and only the add-in's charts (by name) replaced; the rest of the sheet stays as it is.
 */
export async function writeSheet(
  context: Excel.RequestContext,
  layout: SheetLayout,
  host: HostFeatures
): Promise<void> {
  const found = context.workbook.worksheets.getItemOrNullObject(layout.sheet);
  found.load("name");
  const oldNames = layout.names.map(({ name }) => {
    const item = context.workbook.names.getItemOrNullObject(name);
    item.load("name");
    return item;
  });
  const tables = findOwnedTables(context, layout);
  await context.sync();
  const charts = layout.charts ?? [];
  // A sheet made in this batch has no print area or charts yet: only an old one is looked at.
  const existed = !found.isNullObject;
  const oldPrintArea =
    existed && layout.printArea !== undefined ? found.names.getItemOrNullObject(PRINT_AREA) : null;
  oldPrintArea?.load("name");
  const oldCharts = existed && charts.length > 0 ? found.charts : null;
  oldCharts?.load("items/name");
  if (oldPrintArea !== null || oldCharts !== null) await context.sync();

  const sheet = existed ? found : context.workbook.worksheets.add(layout.sheet);
  for (const block of layout.blocks) {
    const width = Math.max(0, ...block.values.map((r) => r.length));
    if (block.values.length === 0 || width === 0) continue;
    const rows = block.values.map((r) => fitRow(r, width));
    const range = sheet.getRange(block.at).getResizedRange(rows.length - 1, width - 1);
    applyLook(range, block);
    range.numberFormat = rows.map((r) => r.map((cell, c) => cellFormat(block, cell, c)));
    if (block.formulas === true) range.formulas = rows.map((r) => r.map((cell) => toExcel(cell)));
    else range.values = rows.map((r) => r.map((cell) => toExcel(cell)));
    // A look brings its own weight (a heading is bold): bold is set over it only when asked.
    if (block.look === undefined || block.bold !== undefined)
      range.format.font.bold = block.bold === true;
    if (block.wrap === true) {
      range.format.wrapText = true;
      range.format.verticalAlignment = "Top";
    }
    if (block.rowHeight !== undefined) range.format.rowHeight = block.rowHeight;
  }
  oldNames.forEach((item) => {
    if (!item.isNullObject) item.delete();
  });
  for (const { name, address } of layout.names)
    context.workbook.names.add(name, sheet.getRange(address));
  (layout.columnWidths ?? []).forEach((width, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  if (layout.freezeRows !== undefined) sheet.freezePanes.freezeRows(layout.freezeRows);
  if (layout.printArea !== undefined) {
    if (oldPrintArea !== null && !oldPrintArea.isNullObject) oldPrintArea.delete();
    sheet.names.add(PRINT_AREA, sheet.getRange(layout.printArea));
  }
  // Vertical 0 is Excel's "automatic": as many pages down as the rows need.
  if (layout.printOnePageWide === true && host.pageLayout)
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (layout.printLandscape === true && host.pageLayout) sheet.pageLayout.orientation = "Landscape";
  if (host.dataValidation)
    for (const list of layout.lists ?? [])
      sheet.getRange(list.range).dataValidation.rule = {
        list: { inCellDropDown: true, source: `=${absolute(list.source)}` },
      };
  writeTables(sheet, tables, host);
  writeHighlights(sheet, layout.highlights ?? []);
  writeSheetState(sheet, layout, host);
  if (oldCharts !== null) deleteOwnedCharts(oldCharts, charts);
  drawCharts(sheet, charts, host.secondaryAxis, context.workbook.worksheets);
  await context.sync();
}
