/**
 * The tables a command sees in a package: the Excel tables of its worksheets, and ranges read as
 * a table for this run only (convertToTable), which stay plain ranges in the file: a write into
 * them changes cells, never adds a table the user did not ask for.
 */
import type { Cell } from "../../../core/cells/cells";
import type { CellRef } from "../../shared/a1";
import type { OpenedPackage } from "./openedPackage";
import type { Area } from "./sheetCells";
import { scanSheetRows } from "./sheetScanner";
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

/** The same, streamed from the package: a big sheet is never inflated whole to be read. */
export async function readBodyStreamed(pkg: OpenedPackage, table: SheetTable): Promise<Cell[][]> {
  const { first, last } = bodyRange(table);
  const area = {
    fromRow: first,
    toRow: last,
    fromColumn: table.from.column,
    toColumn: table.to.column,
  };
  const rows = emptyRows(area);
  await pkg.scanRows(table.sheetPart, area, (row, cells) => (rows[row - first] = cells));
  return filled(rows, area);
}

export function readArea(
  pkg: OpenedPackage,
  sheetPart: string,
  fromRow: number,
  toRow: number,
  fromColumn: number,
  toColumn: number
): Cell[][] {
  const area = { fromRow, toRow, fromColumn, toColumn };
  const rows = emptyRows(area);
  const xml = pkg.bytes(sheetPart);
  if (xml !== null)
    scanSheetRows(xml, area, pkg.cellContext(), (row, cells) => (rows[row - fromRow] = cells));
  return filled(rows, area);
}

function emptyRows(area: Area): Cell[][] {
  return new Array(Math.max(0, area.toRow - area.fromRow + 1));
}

/** Rows with no value come back as blanks, as wide as the area. */
function filled(rows: Cell[][], area: Area): Cell[][] {
  const width = area.toColumn - area.fromColumn + 1;
  for (let i = 0; i < rows.length; i++) rows[i] ??= new Array<Cell>(width).fill("");
  return rows;
}
