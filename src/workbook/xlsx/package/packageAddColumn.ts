/**
 * A column added at a table's right (client IDs, the Contact Log's Outcome): the header cell and
 * one value a row written beside the table, each in its left neighbour's style, and the table
 * part given the column and one column more of range. Checked first, with the same refusals as
 * the other workbooks: a table gone or changed in length, a header taken, or anything in the way
 * in the column beside it (values, merged cells, links, comments, another table).
 */
import type { Cell } from "../../../core/cells/cells";
import { columnName } from "../../shared/a1";
import { sameName } from "../../shared/cellWrites";
import {
  columnTaken,
  refuse,
  rowCountChanged,
  tableGone,
  type Refusal,
} from "../../shared/refusals";
import { cellXml } from "./cellXml";
import type { OpenedPackage } from "./openedPackage";
import { bodyRange, readArea, type SheetTable } from "./packageTables";
import { pinnedIn } from "./sheetAnchors";
import { stylesIn } from "./sheetBlocks";
import { sheetDataRange } from "./sheetCells";
import { patchSheet, type SheetEdits } from "./sheetPatch";
import { withNewColumn } from "./tablePart";

/** Excel's last column, XFD. */
const LAST_COLUMN = 16383;

export type AddedColumn = { readonly ok: true; readonly table: SheetTable } | Refusal;

function inTheWay(pkg: OpenedPackage, table: SheetTable, column: number): string | null {
  if (column > LAST_COLUMN) return "no column left";
  const beside = readArea(pkg, table.sheetPart, table.from.row, table.to.row, column, column);
  if (beside.some(([value]) => value !== "" && value !== null)) return "data";
  const box = {
    fromRow: table.from.row,
    toRow: table.to.row,
    fromColumn: column,
    toColumn: column,
  };
  return pinnedIn(pkg, table.sheetPart, box, table.part);
}

/** Adds the column; on success, the table as it now is. */
export function addColumn(
  pkg: OpenedPackage,
  table: SheetTable | null,
  asked: string,
  header: string,
  values: readonly Cell[]
): AddedColumn {
  if (table === null) return tableGone(asked);
  const { first, last } = bodyRange(table);
  const rowCount = last - first + 1;
  if (rowCount !== values.length) return rowCountChanged(asked, rowCount, values.length);
  if (table.columns.some((c) => sameName(c.name, header))) return columnTaken(asked, header);
  const column = table.to.column + 1;
  const problem = inTheWay(pkg, table, column);
  if (problem !== null)
    return refuse(
      `The table "${table.name}" on sheet "${table.sheet}" has ${problem} in column ${columnName(column)} right beside it; move it to make room.`
    );
  const xml = pkg.bytes(table.sheetPart)!;
  const prefix = sheetDataRange(xml)?.rowTag.slice(1, -3) ?? "";
  const left = stylesIn(xml, {
    fromRow: table.from.row,
    toRow: table.to.row,
    fromColumn: column - 1,
    toColumn: column - 1,
  });
  const styles = pkg.styles();
  const edits: SheetEdits = new Map();
  const put = (row: number, value: Cell) => {
    let style = left.get(row)?.get(column - 1);
    // A number is not shown as a date because the column beside it holds dates.
    if (typeof value === "number" && styles.isDate(style)) style = undefined;
    if ((value === "" || value === null) && style === undefined) return;
    edits.set(row, new Map([[column, (ref: string) => cellXml(prefix, ref, value, style)]]));
  };
  if (table.headerRows > 0) put(table.from.row, header);
  values.forEach((value, i) => put(first + i, value));
  pkg.set(table.sheetPart, patchSheet(xml, edits));
  if (table.part !== null)
    pkg.set(table.part, withNewColumn(pkg.text(table.part)!, header, column));
  return {
    ok: true,
    table: {
      ...table,
      to: { row: table.to.row, column },
      columns: [...table.columns, { name: header, calculated: null }],
    },
  };
}
