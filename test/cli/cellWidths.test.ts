/**
 * No cell's text is cut in the sheets the add-in writes: in the demo book (scripts/printSheets.ts,
 * the book the README's pictures are printed from), every cell whose text is wider than its column
 * either wraps or has room to run over empty cells to its right; numbers, which Excel shows as ###
 * when they do not fit, always fit. Widths are estimated from the characters (a column's width is
 * counted in characters of the default 11-point font) and the font's size and weight.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { demoBook, type DemoSheets } from "../../scripts/printSheets";
import { parseRange } from "../../src/workbook/shared/a1";

/** Characters a value shows as, roughly: numbers with separators, dates as yyyy-mm-dd. */
function shown(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return "yyyy-mm-dd";
  if (typeof value === "number") {
    const format = cell.numFmt ?? "";
    if (format.includes("%")) return `${Math.round(value * 100)}%`;
    if (format.includes("yy")) return "yyyy-mm-dd";
    const decimals = /0\.(0+)/.exec(format)?.[1].length ?? (Number.isInteger(value) ? 0 : 2);
    return value.toLocaleString("en-US", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  }
  if (typeof value === "object" && "formula" in value) return "";
  return String(value);
}

/** exceljs' cell (the Office lint rules take getCell for Office.js's, which must be loaded). */
function cellOf(sheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  return sheet.getCell(row, column);
}

function widthOf(cell: ExcelJS.Cell): number {
  const size = cell.font?.size ?? 11;
  return shown(cell).length * (size / 11) * (cell.font?.bold === true ? 1.1 : 1);
}

interface Cut {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
}

function cutCells(book: ExcelJS.Workbook, sheetName: string): Cut[] {
  const sheet = book.getWorksheet(sheetName)!;
  const area = sheet.pageSetup.printArea;
  const { from, to } = parseRange(area ?? "A1:Z200");
  const cuts: Cut[] = [];
  for (let r = from.row + 1; r <= to.row + 1; r++)
    for (let c = from.column + 1; c <= to.column + 1; c++) {
      const cell = cellOf(sheet, r, c);
      if (cell.alignment?.wrapText === true) continue;
      const columnWidth = sheet.getColumn(c).width ?? 8.43;
      const need = widthOf(cell);
      if (need <= columnWidth) continue;
      // Text runs over empty neighbours (a title across the page): only a filled one cuts it.
      let room = columnWidth;
      for (let n = c + 1; n <= to.column + 1 && room < need; n++) {
        if (shown(cellOf(sheet, r, n)) !== "") break;
        room += sheet.getColumn(n).width ?? 8.43;
      }
      if (typeof cell.value === "number" || room < need)
        cuts.push({ sheet: sheetName, cell: cell.address, text: shown(cell) });
    }
  return cuts;
}

describe("cells fit their columns", () => {
  let dir: string;
  let book: ExcelJS.Workbook;
  let sheets: DemoSheets;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rh-widths-"));
    const demo = await demoBook(dir);
    sheets = demo.sheets;
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(demo.file);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(["plan", "household-plan", "twelve-days", "time-budget", "time-journal", "coverage"])(
    "%s: no text wider than its column unless it wraps or runs over empty cells",
    (name) => {
      expect(cutCells(book, sheets[name])).toEqual([]);
    }
  );
});
