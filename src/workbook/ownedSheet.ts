/**
 * What the add-in keeps in the workbook for formulas to use: sheets it owns (settings, plans),
 * written block by block, and workbook names pointing into them.
 */
import type { Cell } from "../core/cells";
import { TEXT_FORMAT, fitRow, toExcel } from "./cellWrites";
import type { SheetLayout } from "./workbookPort";

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

function isConstant(type: string): boolean {
  return ["String", "Integer", "Double", "Boolean"].includes(type);
}

/**
 * Two syncs: whether the sheet and the names exist, then every write. Only the blocks' cells are
 * written; anything else on the sheet is left as it is. A block without formats gets the text
 * format for its strings, so a typed "=…" stays text; with formats, they are applied as given.
 */
const POINTS_PER_CHARACTER = 7;

export async function writeSheet(
  context: Excel.RequestContext,
  layout: SheetLayout
): Promise<void> {
  const found = context.workbook.worksheets.getItemOrNullObject(layout.sheet);
  found.load("name");
  const oldNames = layout.names.map(({ name }) => {
    const item = context.workbook.names.getItemOrNullObject(name);
    item.load("name");
    return item;
  });
  await context.sync();
  const sheet = found.isNullObject ? context.workbook.worksheets.add(layout.sheet) : found;
  for (const block of layout.blocks) {
    const width = Math.max(0, ...block.values.map((r) => r.length));
    if (block.values.length === 0 || width === 0) continue;
    const rows = block.values.map((r) => fitRow(r, width));
    const range = sheet.getRange(block.at).getResizedRange(rows.length - 1, width - 1);
    range.numberFormat = rows.map((r) =>
      r.map((cell, c) =>
        block.formats
          ? (block.formats[c] ?? "General")
          : typeof cell === "string"
            ? TEXT_FORMAT
            : "General"
      )
    );
    if (block.formulas === true) range.formulas = rows.map((r) => r.map((cell) => toExcel(cell)));
    else range.values = rows.map((r) => r.map((cell) => toExcel(cell)));
    range.format.font.bold = block.bold === true;
  }
  oldNames.forEach((item) => {
    if (!item.isNullObject) item.delete();
  });
  for (const { name, address } of layout.names)
    context.workbook.names.add(name, sheet.getRange(address));
  (layout.columnWidths ?? []).forEach((width, c) => {
    // Widths are given in characters; Excel takes points (about 7 a character of Calibri 11).
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  if (layout.freezeRows !== undefined) sheet.freezePanes.freezeRows(layout.freezeRows);
  if (layout.printArea !== undefined) {
    // A sheet-level name "Print_Area" is what Excel itself keeps the print area in.
    const old = sheet.names.getItemOrNullObject("Print_Area");
    old.load("name");
    await context.sync();
    if (!old.isNullObject) old.delete();
    sheet.names.add("Print_Area", sheet.getRange(layout.printArea));
  }
  await context.sync();
}
