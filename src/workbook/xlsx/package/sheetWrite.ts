/**
 * An owned sheet written into the package, with the same meaning as the Office.js and exceljs
 * writers: the sheet is made when missing (its part, relationship, content type, `<sheet>` entry
 * and app properties listing); when it exists only the blocks' cells are written and everything
 * else on it (what the user typed, their validations, formats, drawings) stays. Then the layout's
 * settings, tables, conditional formats, charts and names; the styles part gains what the cells
 * need. Every part not named here is copied as it was.
 */
import type { SheetLayout } from "../../../core/sheets/sheetLayout";
import { parseRange } from "../../shared/a1";
import { sameName } from "../../shared/cellWrites";
import { uniqueColumnNames } from "../xlsxTables";
import { listSheetInAppProperties } from "./appProperties";
import { blockEdits, blockWidth } from "./blockCells";
import { CellFormats } from "./cellFormats";
import { addSheet } from "./newSheet";
import type { OpenedPackage } from "./openedPackage";
import { rootOf } from "./partElements";
import { writeCharts, type ChartRendererFor } from "./sheetCharts";
import { saveStyles } from "./packageStyles";
import { patchSheet } from "./sheetPatch";
import {
  columnWidths,
  freezeRows,
  highlights,
  pageSetup,
  rowHeights,
  validationLists,
} from "./sheetSettings";
import { writeTables, type BlockTableAt } from "./sheetTables";
import {
  calculateOnLoad,
  hideSheetElement,
  setDefinedNames,
  sheetReference,
  type NameToSet,
} from "./workbookPart";

/** A table block's header row made valid column names (unique, never blank), as Excel needs. */
function withTableHeaders(layout: SheetLayout): SheetLayout {
  return {
    ...layout,
    blocks: layout.blocks.map((block) => {
      if (block.table === undefined || block.values.length === 0) return block;
      const [first, ...rest] = block.values;
      const headers = uniqueColumnNames([
        ...first,
        ...new Array<string>(Math.max(0, blockWidth(block) - first.length)).fill(""),
      ]);
      return { ...block, values: [headers, ...rest] };
    }),
  };
}

function tablesOf(layout: SheetLayout): BlockTableAt[] {
  return layout.blocks.flatMap((block) => {
    if (block.table === undefined || block.values.length === 0) return [];
    const from = parseRange(block.at).from;
    const width = blockWidth(block);
    return [
      {
        ...block.table,
        from,
        to: { row: from.row + block.values.length - 1, column: from.column + width - 1 },
        headers: block.values[0].map(String),
      },
    ];
  });
}

export function writeSheetLayout(
  pkg: OpenedPackage,
  given: SheetLayout,
  charts: ChartRendererFor | null
): void {
  const layout = withTableHeaders(given);
  let sheet = pkg.sheets.find((s) => sameName(s.name, layout.sheet) && s.part !== null);
  if (sheet === undefined) {
    const added = addSheet(pkg, {
      name: layout.sheet,
      hidden: layout.hidden === true,
      rowsXml: "",
      rowCount: 1,
      columnCount: 1,
    });
    listSheetInAppProperties(pkg, added.name);
    sheet = pkg.sheets.find((s) => s.part === added.part)!;
  }
  const part = sheet.part!;
  const formats = CellFormats.of(pkg.styles());
  const prefix = rootOf(pkg.text(part)!).prefix;
  const cells = blockEdits(layout.blocks, prefix, formats);
  let xml = patchSheet(pkg.bytes(part)!, cells.edits).toString("utf8");
  xml = rowHeights(xml, cells.heights);
  xml = columnWidths(layout.columnWidths ?? [])(xml);
  if (layout.freezeRows !== undefined) xml = freezeRows(layout.freezeRows)(xml);
  xml = pageSetup(layout)(xml);
  xml = validationLists(layout.lists ?? [])(xml);
  xml = highlights(layout.highlights ?? [], (look) => formats.dxf(look))(xml);
  const names = layout.names.map((n) => n.name);
  xml = writeTables(pkg, part, xml, tablesOf(layout), names);
  if (charts !== null)
    xml = writeCharts(pkg, { name: sheet.name, part, xml }, layout.charts ?? [], charts(layout));
  pkg.set(part, xml);
  saveStyles(pkg);
  writeNames(pkg, sheet.name, layout, cells.formulas);
}

/** The layout's names, print area and print titles, the sheet's state and calculation on load. */
function writeNames(
  pkg: OpenedPackage,
  sheet: string,
  layout: SheetLayout,
  formulas: boolean
): void {
  let xml = pkg.text(pkg.workbookPart)!;
  const index = pkg.sheets.findIndex((s) => s.name === sheet);
  const names: NameToSet[] = layout.names.map(({ name, address }) => ({
    name,
    localSheetId: null,
    formula: sheetReference(sheet, address),
  }));
  if (layout.printArea !== undefined)
    names.push({
      name: "_xlnm.Print_Area",
      localSheetId: index,
      formula: sheetReference(sheet, layout.printArea),
    });
  if (layout.repeatRows !== undefined)
    names.push({
      name: "_xlnm.Print_Titles",
      localSheetId: index,
      formula: sheetReference(sheet, layout.repeatRows),
    });
  xml = setDefinedNames(xml, names);
  if (layout.hidden === true) xml = hideSheetElement(xml, sheet);
  if (formulas) xml = calculateOnLoad(xml);
  if (xml !== pkg.text(pkg.workbookPart)) pkg.setWorkbook(xml);
}
