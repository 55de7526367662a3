/**
 * The tables a command sees in a package: the Excel tables of its worksheets, and ranges read as
 * a table for this run only (convertToTable), which stay plain ranges in the file: a write into
 * them changes cells, never adds a table the user did not ask for.
 */
import type { Cell } from "../../../core/cells/cells";
import type { CellRef } from "../../shared/a1";
import type { OpenedPackage } from "./openedPackage";
import { scanRows } from "./sheetCells";
import type { TableColumn } from "./tablePart";

export interface SheetTable {
  readonly name: string;
  readonly sheet: string;
  readonly sheetPart: string;
  /** The table part, or null for a range read as a table. */
  readonly part: string | null;
  readonly from: CellRef;
  readonly to: CellRef;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columns: readonly TableColumn[];
}

export function packageTables(pkg: OpenedPackage, ranges: readonly SheetTable[]): SheetTable[] {
  const tables = pkg.tables().flatMap((t): SheetTable[] => {
    const sheet = pkg.sheetOfPart(t.sheetPart);
    return sheet === undefined
      ? []
      : [{ ...t, name: t.displayName, sheet: sheet.name, part: t.part }];
  });
  return [...tables, ...ranges];
}

export function bodyRange(table: SheetTable): { first: number; last: number } {
  return { first: table.from.row + table.headerRows, last: table.to.row - table.totalsRows };
}

/** The table's data body, row by row, every row as wide as the table. */
export function readBody(pkg: OpenedPackage, table: SheetTable): Cell[][] {
  const { first, last } = bodyRange(table);
  return readArea(pkg, table.sheetPart, first, last, table.from.column, table.to.column);
}

export function readArea(
  pkg: OpenedPackage,
  sheetPart: string,
  fromRow: number,
  toRow: number,
  fromColumn: number,
  toColumn: number
): Cell[][] {
  const width = toColumn - fromColumn + 1;
  const count = Math.max(0, toRow - fromRow + 1);
  const rows: Cell[][] = new Array(count);
  const xml = pkg.bytes(sheetPart);
  if (xml !== null)
    scanRows(xml, { fromRow, toRow, fromColumn, toColumn }, pkg.cellContext(), (row, cells) => {
      rows[row - fromRow] = cells;
    });
  for (let i = 0; i < count; i++) rows[i] ??= new Array<Cell>(width).fill("");
  return rows;
}
