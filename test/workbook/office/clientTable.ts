/** A client table seeded into the fake workbook, and the adapter over it. */
import {
  ExcelWorkbook,
  type ExcelWorkbookOptions,
} from "../../../src/workbook/office/excelWorkbook";
import type { NewRows } from "../../../src/workbook/workbookPort";
import { FakeExcel } from "./fakeExcel";
import type { Value } from "./fakeModel";

export const CLIENT_HEADERS = [
  "Client ID",
  "Name",
  "Tier",
  "Last contact",
  "Notes",
  "Owner",
  "Email",
  "Phone",
  "City",
  "Revenue",
  "Products",
  "Birthday",
];

export function clientRow(i: number): Value[] {
  return [
    `C${String(i).padStart(5, "0")}`,
    `Client number ${i}`,
    "ABC"[i % 3],
    45000 + (i % 700),
    `note ${i}`,
    "Ann",
    `client${i}@example.com`,
    `555 ${String(i).padStart(7, "0")}`,
    "Springfield",
    1000 * (i % 97),
    i % 5,
    20000 + (i % 365),
  ];
}

export function clientRows(count: number): Value[][] {
  return Array.from({ length: count }, (_, i) => clientRow(i + 1));
}

export function idOf(i: number): string {
  return String(clientRow(i)[0]);
}

/** A workbook holding the client table "Clients" on the sheet "Clients", and the adapter over it. */
export function clientBook(
  rows: number,
  options: ExcelWorkbookOptions = {}
): { excel: FakeExcel; workbook: ExcelWorkbook } {
  const excel = new FakeExcel();
  excel.model.addTable("Clients", "Clients", CLIENT_HEADERS, clientRows(rows));
  return { excel, workbook: new ExcelWorkbook(excel.run, options) };
}

export const LOG_HEADERS = ["Date", "Client ID", "Who", "Channel", "Minutes", "Notes"];

/** One contact for the log: notes (column 5) and the text columns are typed text. */
export function logEntry(clientId: string, notes: string, date = 46000): NewRows {
  return {
    table: "ContactLog",
    sheet: "Contact Log",
    headers: LOG_HEADERS,
    rows: [[date, clientId, "Ann", "call", 10, notes]],
    textColumns: [1, 2, 3, 5],
    dateColumns: [0],
  };
}

/** The first row where two tables differ, or null: a failing 50,000-row toEqual would print for minutes. */
export function firstDifference(
  got: readonly (readonly unknown[])[],
  want: readonly (readonly unknown[])[]
): string | null {
  if (got.length !== want.length) return `${got.length} rows, not ${want.length}`;
  const row = got.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(want[i]));
  return row < 0
    ? null
    : `row ${row}: ${JSON.stringify(got[row])}, not ${JSON.stringify(want[row])}`;
}
