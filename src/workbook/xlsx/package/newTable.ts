/**
 * A new table on a new sheet of its own (the sample client list): the header row, then the rows;
 * text is written as text (inline strings in the text format, never formulas), numbers in date
 * columns in a date format, the header frozen and the columns as wide as their headers, as the
 * other workbooks write it. An empty table keeps one blank body row, as Excel's tables must.
 */
import type { Cell } from "../../../core/cells/cells";
import { columnName } from "../../shared/a1";
import { cellXml } from "./cellXml";
import { addSheet } from "./newSheet";
import type { OpenedPackage } from "./openedPackage";
import { dateStyle, ensureStyle } from "./packageStyles";
import { TEXT_NUMFMT_ID } from "./stylesPart";

export interface NewTable {
  readonly sheet: string;
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly dateColumns: readonly number[];
}

/** Adds the sheet and its table; returns the sheet's name (another when the name is taken). */
export function addTableSheet(pkg: OpenedPackage, table: NewTable): string {
  const text = ensureStyle(pkg, TEXT_NUMFMT_ID);
  const date = table.dateColumns.length > 0 ? dateStyle(pkg) : undefined;
  const styleOf = (value: Cell, column: number): number | undefined =>
    typeof value === "string"
      ? text
      : typeof value === "number" && table.dateColumns.includes(column)
        ? date
        : undefined;
  const width = table.headers.length;
  const parts: string[] = [
    `<row r="1">${table.headers.map((h, c) => cellXml("", `${columnName(c)}1`, h, text)).join("")}</row>`,
  ];
  table.rows.forEach((row, i) => {
    const r = i + 2;
    let cells = "";
    for (let c = 0; c < width; c++) {
      const value = row[c] ?? "";
      if (value === "" || value === null) continue;
      cells += cellXml("", `${columnName(c)}${r}`, value, styleOf(value, c));
    }
    parts.push(`<row r="${r}">${cells}</row>`);
  });
  return addSheet(pkg, {
    name: table.sheet,
    rowsXml: parts.join(""),
    rowCount: Math.max(2, table.rows.length + 1),
    columnCount: width,
    columnWidths: table.headers.map((h) => Math.min(40, Math.max(10, h.length + 4))),
    table: { name: table.name, headers: table.headers },
  }).name;
}
