/**
 * Excel tables in an exceljs workbook, handled through each table's model (name, range, columns)
 * and the sheet's cells. exceljs keeps a table it loaded from a file as a bare model, without rows
 * or a sheet, so rows are read and added here cell by cell and the table's range is moved on by
 * hand; nothing below or beside a table is ever written over.
 */
import type ExcelJS from "exceljs";
import { isBlank, type Cell } from "../../core/cells/cells";
import { cellName, columnName, parseRange, type CellRef } from "../shared/a1";
import { uniqueSheetName } from "../../core/sheets/sheetNames";
import { TEXT_FORMAT } from "../shared/cellWrites";
import { tableNameTaken } from "../shared/refusals";
import { readCell, setFormat, writeCell, type WriteKind } from "./xlsxCells";

/** The part of exceljs' table model used here (it is untyped in exceljs' declarations). */
export interface TableModel {
  name: string;
  displayName?: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string; filterButton?: boolean }[];
}

export interface SheetTable {
  readonly sheet: ExcelJS.Worksheet;
  readonly model: TableModel;
}

/** Zero-based rows and columns of a table's parts. */
export interface TableGeometry {
  readonly from: CellRef;
  readonly to: CellRef;
  readonly headerRow: number | null;
  readonly firstBodyRow: number;
  readonly lastBodyRow: number;
}

export function tablesOf(workbook: ExcelJS.Workbook): SheetTable[] {
  return workbook.worksheets.flatMap((sheet) =>
    (sheet.getTables() as unknown as { model: TableModel }[]).map((table) => ({
      sheet,
      model: table.model,
    }))
  );
}

export function findTable(workbook: ExcelJS.Workbook, name: string): SheetTable | null {
  return tablesOf(workbook).find((t) => t.model.name.toLowerCase() === name.toLowerCase()) ?? null;
}

export function geometry(model: TableModel): TableGeometry {
  const { from, to } = parseRange(model.tableRef);
  return {
    from,
    to,
    headerRow: model.headerRow ? from.row : null,
    firstBodyRow: from.row + (model.headerRow ? 1 : 0),
    lastBodyRow: to.row - (model.totalsRow ? 1 : 0),
  };
}

export function cellAt(sheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  return sheet.getCell(row + 1, column + 1);
}

function range(from: CellRef, lastRow: number, lastColumn: number): string {
  return `${cellName(from)}:${cellName({ row: lastRow, column: lastColumn })}`;
}

/**
 * Fixes what exceljs gets wrong when it reads a table Excel saved. Excel leaves out
 * headerRowCount when it is 1 (the default); exceljs reads that as "no header row" and would write
 * headerRowCount="0", turning the header into a data row (see fslaborg/FsSpreadsheet#69). The
 * header row is there when the table's first row holds its column names. Filter buttons left
 * unset would be written hidden; Excel shows them unless the table has no AutoFilter.
 */
export function repairLoadedTable(sheet: ExcelJS.Worksheet, model: TableModel): void {
  const { from } = parseRange(model.tableRef);
  if (!model.headerRow) {
    const names = model.columns.map((_, j) =>
      String(readCell(cellAt(sheet, from.row, from.column + j).value)).trim()
    );
    if (names.every((name, j) => name === String(model.columns[j].name).trim()))
      model.headerRow = true;
  }
  const hasFilter = model.autoFilterRef !== undefined;
  for (const column of model.columns)
    if (column.filterButton === undefined) column.filterButton = hasFilter;
  if (!hasFilter) {
    const g = geometry(model);
    model.autoFilterRef = range(g.from, g.lastBodyRow, g.to.column);
  }
}

export function tableHeaders(model: TableModel): string[] {
  return model.columns.map((c) => String(c.name));
}

export function readBody(sheet: ExcelJS.Worksheet, model: TableModel): Cell[][] {
  const g = geometry(model);
  const rows: Cell[][] = [];
  for (let r = g.firstBodyRow; r <= g.lastBodyRow; r++) {
    const values: Cell[] = [];
    for (let c = g.from.column; c <= g.to.column; c++)
      values.push(readCell(cellAt(sheet, r, c).value));
    rows.push(values);
  }
  return rows;
}

function blankBlock(
  sheet: ExcelJS.Worksheet,
  rows: [number, number],
  columns: [number, number]
): boolean {
  for (let r = rows[0]; r <= rows[1]; r++) {
    for (let c = columns[0]; c <= columns[1]; c++)
      if (!isBlank(readCell(cellAt(sheet, r, c).value))) return false;
  }
  return true;
}

/** Why rows cannot be added below the table, or null when they can. */
export function appendProblem(
  sheet: ExcelJS.Worksheet,
  model: TableModel,
  count: number
): string | null {
  const g = geometry(model);
  if (blankBlock(sheet, [g.to.row + 1, g.to.row + count], [g.from.column, g.to.column]))
    return null;
  return `The table "${model.name}" on sheet "${sheet.name}" has data right below it (row ${g.to.row + 2}); move it to make room.`;
}

/** Adds rows (in the table's column order) below the last data row, moving a totals row down. */
export function appendRows(
  sheet: ExcelJS.Worksheet,
  model: TableModel,
  rows: readonly (readonly Cell[])[],
  kinds: readonly WriteKind[]
): void {
  const g = geometry(model);
  const count = rows.length;
  if (model.totalsRow) {
    for (let c = g.from.column; c <= g.to.column; c++) {
      const old = cellAt(sheet, g.to.row, c);
      const moved = cellAt(sheet, g.to.row + count, c);
      moved.value = old.value;
      moved.style = { ...old.style };
      old.value = null;
    }
  }
  const template = g.lastBodyRow >= g.firstBodyRow ? g.lastBodyRow : null;
  rows.forEach((row, i) => {
    const r = g.lastBodyRow + 1 + i;
    for (let c = g.from.column; c <= g.to.column; c++) {
      const cell = cellAt(sheet, r, c);
      if (template !== null) cell.style = { ...cellAt(sheet, template, c).style };
      const j = c - g.from.column;
      writeCell(cell, j < row.length ? row[j] : "", kinds[j] ?? "general");
    }
  });
  model.tableRef = range(g.from, g.to.row + count, g.to.column);
  model.autoFilterRef = range(g.from, g.lastBodyRow + count, g.to.column);
}

/** Why a column cannot be added to the right of the table, or null when it can. */
export function addColumnProblem(sheet: ExcelJS.Worksheet, model: TableModel): string | null {
  const g = geometry(model);
  if (blankBlock(sheet, [g.from.row, g.to.row], [g.to.column + 1, g.to.column + 1])) return null;
  return `The table "${model.name}" on sheet "${sheet.name}" has data in column ${columnName(g.to.column + 1)} right beside it; move it to make room.`;
}

export function appendColumn(
  sheet: ExcelJS.Worksheet,
  model: TableModel,
  header: string,
  values: readonly Cell[],
  kind: WriteKind
): void {
  const g = geometry(model);
  const c = g.to.column + 1;
  if (g.headerRow !== null) writeCell(cellAt(sheet, g.headerRow, c), header, "text");
  values.forEach((value, i) => {
    const cell = cellAt(sheet, g.firstBodyRow + i, c);
    cell.style = { ...cellAt(sheet, g.firstBodyRow + i, c - 1).style };
    writeCell(cell, value, kind);
  });
  model.columns.push({ name: header, filterButton: model.columns[0]?.filterButton ?? true });
  model.tableRef = range(g.from, g.to.row, c);
  model.autoFilterRef = range(g.from, g.lastBodyRow, c);
}

/** Column names Excel accepts: none blank, none twice (ignoring case), as Excel renames them. */
export function uniqueColumnNames(headers: readonly Cell[]): string[] {
  const used = new Set<string>();
  return headers.map((cell, i) => {
    const base = isBlank(cell) ? `Column${i + 1}` : String(cell).trim();
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Makes the cells from `from` (header row, then the body) a table: the header cells get the column
 * names as text; the body is left as it is.
 */
export function addTableOver(
  sheet: ExcelJS.Worksheet,
  name: string,
  from: CellRef,
  headers: readonly string[],
  bodyRows: number
): void {
  headers.forEach((header, j) => {
    const cell = cellAt(sheet, from.row, from.column + j);
    setFormat(cell, TEXT_FORMAT);
    cell.value = header;
  });
  const rows = Array.from({ length: Math.max(1, bodyRows) }, (_, i) =>
    headers.map((_, j) => cellAt(sheet, from.row + 1 + i, from.column + j).value)
  );
  // exceljs' addTable writes the rows it is given back into the same cells: the values stay.
  sheet.addTable({
    name,
    displayName: name,
    ref: cellName(from),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((header) => ({ name: header, filterButton: true })),
    rows,
  });
}

/** The block of cells a sheet uses (ignoring blank cells that only carry a format), or null. */
export function usedRange(sheet: ExcelJS.Worksheet): { from: CellRef; to: CellRef } | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (isBlank(readCell(cell.value))) return;
      top = Math.min(top, rowNumber - 1);
      bottom = Math.max(bottom, rowNumber - 1);
      left = Math.min(left, columnNumber - 1);
      right = Math.max(right, columnNumber - 1);
    });
  });
  return bottom < 0
    ? null
    : { from: { row: top, column: left }, to: { row: bottom, column: right } };
}

/** A new table on a new sheet (named as asked, or "Name (2)" when taken), header row frozen. */
export function createSheetTable(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  name: string,
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  kinds: readonly WriteKind[]
): SheetTable {
  if (findTable(workbook, name) !== null) throw tableNameTaken(name);
  const taken = workbook.worksheets.map((s) => s.name);
  const sheet = workbook.addWorksheet(uniqueSheetName(sheetName, taken));
  rows.forEach((row, i) =>
    headers.forEach((_, c) => writeCell(cellAt(sheet, i + 1, c), row[c], kinds[c]))
  );
  addTableOver(sheet, name, { row: 0, column: 0 }, headers, rows.length);
  headers.forEach((header, c) => {
    sheet.getColumn(c + 1).width = Math.min(40, Math.max(10, header.length + 4));
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return findTable(workbook, name)!;
}
