/**
 * Workbook-level settings in an .xlsx file (loadSetting/saveSetting): a hidden sheet,
 * "_RelationshipHour", with a title in A1 and then one setting a row, key in column A and value in
 * column B, both as text. The add-in in Excel keeps the same keys in Office's add-in settings,
 * which live in a part of the file exceljs neither reads nor writes; a sheet travels with the
 * file through every spreadsheet program, is visible to anyone who unhides it, and is plain to
 * read and edit.
 */
import type ExcelJS from "exceljs";
import { sameName } from "./cellWrites";
import { readCell, writeCell } from "./xlsxCells";

export const SETTINGS_STORE_SHEET = "_RelationshipHour";
const FIRST_ROW = 2;
const MAX_CELL_TEXT = 32767;

function store(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => sameName(s.name, SETTINGS_STORE_SHEET));
}

export function loadStoredSetting(workbook: ExcelJS.Workbook, key: string): string | null {
  const sheet = store(workbook);
  if (sheet === undefined) return null;
  for (let r = FIRST_ROW; r <= sheet.rowCount; r++) {
    if (readCell(sheet.getCell(r, 1).value) === key)
      return String(readCell(sheet.getCell(r, 2).value));
  }
  return null;
}

export function storeSetting(workbook: ExcelJS.Workbook, key: string, value: string): void {
  if (value.length > MAX_CELL_TEXT)
    throw new Error(`The setting "${key}" is longer than an Excel cell can hold.`);
  const sheet = store(workbook) ?? createStore(workbook);
  let row = FIRST_ROW;
  while (!["", key].includes(String(readCell(sheet.getCell(row, 1).value)))) row++;
  writeCell(sheet.getCell(row, 1), key, "text");
  writeCell(sheet.getCell(row, 2), value, "text");
}

function createStore(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SETTINGS_STORE_SHEET, { state: "hidden" });
  writeCell(
    sheet.getCell(1, 1),
    "Relationship Hour workbook settings (kept by the relationship-hour command line)",
    "text"
  );
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 80;
  return sheet;
}
