/**
 * Workbook-level settings in an .xlsx file (loadSetting/saveSetting), on the hidden sheet
 * "_RelationshipHour" (its layout: settingsStoreSheet.ts). The add-in in Excel keeps the same keys
 * in Office's add-in settings too, a part of the file exceljs neither reads nor writes; a sheet
 * travels with the file through every spreadsheet program, and is plain to read and edit.
 */
import type ExcelJS from "exceljs";
import type { Cell } from "../../core/cells/cells";
import { sameName } from "../shared/cellWrites";
import {
  findStoredSetting,
  SETTINGS_STORE_SHEET,
  STORE_TITLE,
  type StoredSetting,
} from "../shared/settingsStoreSheet";
import { readCell, writeCell } from "./xlsxCells";

export { SETTINGS_STORE_SHEET } from "../shared/settingsStoreSheet";
const MAX_CELL_TEXT = 32767;

function store(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => sameName(s.name, SETTINGS_STORE_SHEET));
}

function find(sheet: ExcelJS.Worksheet, key: string): StoredSetting {
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++)
    rows.push([readCell(sheet.getCell(r, 1).value), readCell(sheet.getCell(r, 2).value)]);
  return findStoredSetting(rows, key);
}

export function loadStoredSetting(workbook: ExcelJS.Workbook, key: string): string | null {
  const sheet = store(workbook);
  return sheet === undefined ? null : find(sheet, key).value;
}

export function storeSetting(workbook: ExcelJS.Workbook, key: string, value: string): void {
  if (value.length > MAX_CELL_TEXT)
    throw new Error(`The setting "${key}" is longer than an Excel cell can hold.`);
  const sheet = store(workbook) ?? createStore(workbook);
  const { row } = find(sheet, key);
  writeCell(sheet.getCell(row, 1), key, "text");
  writeCell(sheet.getCell(row, 2), value, "text");
}

function createStore(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SETTINGS_STORE_SHEET, { state: "hidden" });
  writeCell(sheet.getCell(1, 1), STORE_TITLE, "text");
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 80;
  return sheet;
}
