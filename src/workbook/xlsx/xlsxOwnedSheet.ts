/**
 * A sheet the add-in owns, written into an .xlsx by exceljs: the blocks' cells (formats, looks,
 * wrapping), tables over table blocks, workbook names, widths, frozen rows, print set-up, drop-down
 * lists and conditional formats. Only the blocks' cells are written, so whatever the user typed
 * elsewhere stays. Charts are left out: exceljs cannot write them. Their data is on the sheet all
 * the same, and the add-in draws them when the sheet is next refreshed in Excel.
 */
import type ExcelJS from "exceljs";
import { isDateFormat } from "../../core/cells/numberFormat";
import { blockArea } from "../../core/sheets/blockArea";
import type { SheetBlock, SheetHighlight } from "../../core/sheets/sheetLayout";
import { columnName, parseRange, type CellRef } from "../shared/a1";
import { TEXT_FORMAT } from "../shared/cellWrites";
import type { SheetLayout } from "../workbookPort";
import { setFormat, writeCell } from "./xlsxCells";
import { highlightStyle, XLSX_LOOK } from "./xlsxLooks";
import { cellAt } from "./xlsxTables";

function writeBlock(sheet: ExcelJS.Worksheet, block: SheetBlock): void {
  const at = parseRange(block.at).from;
  const look = block.look === undefined ? undefined : XLSX_LOOK[block.look];
  block.values.forEach((row, i) =>
    row.forEach((value, j) => {
      const cell = cellAt(sheet, at.row + i, at.column + j);
      const format = block.formats === undefined ? undefined : (block.formats[j] ?? "General");
      if (format !== undefined && format !== TEXT_FORMAT) setFormat(cell, format);
      if (look !== undefined)
        cell.style = {
          ...cell.style,
          font: { ...cell.style.font, ...look.font },
          ...(look.border === undefined ? {} : { border: { ...look.border } }),
        };
      if (block.formulas === true && typeof value === "string" && value.startsWith("=")) {
        cell.value = { formula: value.slice(1) };
        return;
      }
      writeCell(
        cell,
        value,
        format === TEXT_FORMAT ? "text" : isDateFormat(format) ? "date" : "general"
      );
      if (block.bold !== undefined && (block.bold || look !== undefined))
        cell.style = { ...cell.style, font: { ...cell.style.font, bold: block.bold } };
      if (block.wrap === true)
        cell.style = {
          ...cell.style,
          alignment: { ...cell.style.alignment, wrapText: true, vertical: "top" },
        };
    })
  );
  const height = block.rowHeight;
  if (height !== undefined)
    block.values.forEach((_, i) => (sheet.getRow(at.row + i + 1).height = height));
}

/**
 * The block as an Excel table of its name and style, made anew over the block's cells (which hold
 * the block's values already) where an earlier one of that name stood.
 */
function writeTable(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, block: SheetBlock) {
  const spec = block.table;
  const area = blockArea(block);
  if (spec === undefined || area === null) return;
  for (const other of workbook.worksheets)
    if (other.getTables().some((t) => (t as unknown as { name: string }).name === spec.name))
      other.removeTable(spec.name);
  const { from, to } = parseRange(area);
  const headers = block.values[0].map((h) => String(h));
  const rows = Array.from({ length: Math.max(1, to.row - from.row) }, (_, i) =>
    headers.map((_, j) => cellAt(sheet, from.row + 1 + i, from.column + j).value)
  );
  // exceljs' addTable writes the rows it is given back into the same cells: the values stay.
  sheet.addTable({
    name: spec.name,
    displayName: spec.name,
    ref: block.at,
    headerRow: true,
    totalsRow: false,
    style: { theme: spec.style, showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** Conditional formats, each replacing what an earlier write put on the same range. */
function writeHighlights(sheet: ExcelJS.Worksheet, highlights: readonly SheetHighlight[]): void {
  const ranges = new Set(highlights.map((h) => h.range));
  sheet.removeConditionalFormatting((cf: { ref: string }) => !ranges.has(cf.ref));
  for (const h of highlights)
    sheet.addConditionalFormatting({
      ref: h.range,
      rules: [
        h.kind === "dataBar"
          ? ({
              type: "dataBar",
              priority: 1,
              cfvo: [{ type: "min" }, { type: "max" }],
              color: { theme: 4 },
            } as unknown as ExcelJS.ConditionalFormattingRule)
          : {
              type: "cellIs",
              priority: 1,
              operator: h.kind === "over" ? "greaterThan" : "lessThan",
              formulae: [h.value],
              style: highlightStyle(h.look),
            },
      ],
    });
}

function writeNames(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, layout: SheetLayout) {
  // exceljs keeps names as cell sets; a name is replaced by dropping its set before adding it again.
  const names = workbook.definedNames as unknown as { matrixMap: Record<string, unknown> };
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  const absolute = (ref: CellRef) => `$${columnName(ref.column)}$${ref.row + 1}`;
  for (const { name, address } of layout.names) {
    delete names.matrixMap[name];
    const { from, to } = parseRange(address);
    workbook.definedNames.add(`${quoted}!${absolute(from)}:${absolute(to)}`, name);
  }
}

function writeLists(sheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  // exceljs keeps a validation per cell and merges alike neighbours into one range on save.
  for (const list of layout.lists ?? []) {
    const { from, to } = parseRange(list.range);
    const source = parseRange(list.source);
    const formula = `$${columnName(source.from.column)}$${source.from.row + 1}:$${columnName(source.to.column)}$${source.to.row + 1}`;
    for (let row = from.row; row <= to.row; row++)
      for (let column = from.column; column <= to.column; column++)
        cellAt(sheet, row, column).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [formula],
        };
  }
}

export function writeOwnedSheet(
  workbook: ExcelJS.Workbook,
  found: ExcelJS.Worksheet | undefined,
  layout: SheetLayout
): void {
  const sheet = found ?? workbook.addWorksheet(layout.sheet);
  for (const block of layout.blocks) writeBlock(sheet, block);
  for (const block of layout.blocks) writeTable(workbook, sheet, block);
  writeNames(workbook, sheet, layout);
  (layout.columnWidths ?? []).forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  if (layout.freezeRows !== undefined)
    sheet.views = [{ state: "frozen", ySplit: layout.freezeRows }];
  if (layout.printArea !== undefined) sheet.pageSetup.printArea = layout.printArea;
  if (layout.printOnePageWide === true)
    Object.assign(sheet.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (layout.printLandscape === true) sheet.pageSetup.orientation = "landscape";
  if (layout.repeatRows !== undefined) sheet.pageSetup.printTitlesRow = layout.repeatRows;
  writeLists(sheet, layout);
  if (layout.highlights !== undefined) writeHighlights(sheet, layout.highlights);
  if (layout.hidden === true) sheet.state = "hidden";
}
