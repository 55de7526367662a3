/**
 * A table part (xl/tables/tableN.xml): its name, range, header and totals rows, and columns with
 * any calculated-column formula. Growing a table rewrites only the `ref` of the table and of its
 * AutoFilter; column filters, styles, sorts and extensions stay as they were.
 */
import { columnName, parseRange, type CellRef } from "../../shared/a1";
import { attributes, cellText, elements, escapeCellText } from "./xmlText";

export interface TableColumn {
  readonly name: string;
  /** The formula Excel fills down a calculated column, without "=". */
  readonly calculated: string | null;
}

export interface TablePart {
  readonly part: string;
  readonly sheetPart: string;
  readonly id: number;
  readonly name: string;
  /** The name formulas use; Excel keeps it equal to `name`, other producers may not. */
  readonly displayName: string;
  readonly ref: string;
  readonly from: CellRef;
  readonly to: CellRef;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columns: readonly TableColumn[];
}

export function parseTable(part: string, sheetPart: string, xml: string): TablePart {
  const root = /<(?:[\w.-]+:)?table\b([^>]*)>/.exec(xml);
  if (root === null) throw new Error(`the table part ${part} has no table`);
  const attrs = attributes(root[1]);
  const ref = attrs.ref ?? "A1";
  const { from, to } = parseRange(ref);
  const columns = elements(xml, "tableColumn").map((c) => {
    const formula = /<(?:[\w.-]+:)?calculatedColumnFormula\b[^>]*>([\s\S]*?)<\//.exec(c.inner);
    return {
      name: cellText(c.attrs.name ?? ""),
      calculated: formula === null ? null : cellText(formula[1]),
    };
  });
  return {
    part,
    sheetPart,
    id: Number(attrs.id ?? 0),
    name: attrs.name ?? attrs.displayName ?? "",
    displayName: attrs.displayName ?? attrs.name ?? "",
    ref,
    from,
    to,
    headerRows: attrs.headerRowCount === undefined ? 1 : Number(attrs.headerRowCount),
    totalsRows: Number(attrs.totalsRowCount ?? (attrs.totalsRowShown === "1" ? 0 : 0)),
    columns,
  };
}

export function firstBodyRow(table: TablePart): number {
  return table.from.row + table.headerRows;
}

export function lastBodyRow(table: TablePart): number {
  return table.to.row - table.totalsRows;
}

/** The table part with its range (and its AutoFilter's) ending at `lastRow` instead. */
export function withLastRow(xml: string, lastRow: number, totalsRows: number): string {
  const moveEnd = (ref: string, row: number) => ref.replace(/\d+$/, String(row + 1));
  return xml
    .replace(/(<(?:[\w.-]+:)?table\b[^>]*?\sref=")([^"]*)(")/, (_, a, ref: string, b) => {
      return `${a}${moveEnd(ref, lastRow)}${b}`;
    })
    .replace(/(<(?:[\w.-]+:)?autoFilter\b[^>]*?\sref=")([^"]*)(")/, (_, a, ref: string, b) => {
      return `${a}${moveEnd(ref, lastRow - totalsRows)}${b}`;
    });
}

function withEndColumn(ref: string, column: number): string {
  return ref.replace(/[A-Z]+(\d+)$/, (_, row: string) => `${columnName(column)}${row}`);
}

/**
 * The table part with one more column at its right, named `header`: a `<tableColumn>` with the
 * next free id, the count, and the table's and AutoFilter's ranges one column wider.
 */
export function withNewColumn(xml: string, header: string, lastColumn: number): string {
  const columns = /<((?:[\w.-]+:)?tableColumns)\b([^>]*)>([\s\S]*?)<\/\1>/.exec(xml);
  if (columns === null) throw new Error("the table part has no columns");
  const prefix = columns[1].slice(0, -"tableColumns".length);
  const ids = [...columns[3].matchAll(/<(?:[\w.-]+:)?tableColumn\b[^>]*?\sid="(\d+)"/g)];
  const id = Math.max(0, ...ids.map((m) => Number(m[1]))) + 1;
  const count = elements(columns[3], "tableColumn").length + 1;
  const open = /\bcount="\d+"/.test(columns[2])
    ? columns[2].replace(/\bcount="\d+"/, `count="${count}"`)
    : `${columns[2]} count="${count}"`;
  // An attribute value loses its line breaks and tabs to spaces when read: Excel stores them
  // in column names as _xHHHH_ escapes, which the reader decodes.
  const name = escapeCellText(header).replace(
    /[\t\n\r]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`
  );
  const added = `<${prefix}tableColumn id="${id}" name="${name}"/>`;
  const rebuilt = `<${columns[1]}${open}>${columns[3]}${added}</${columns[1]}>`;
  return (xml.slice(0, columns.index) + rebuilt + xml.slice(columns.index + columns[0].length))
    .replace(/(<(?:[\w.-]+:)?table\b[^>]*?\sref=")([^"]*)(")/, (_, a, ref: string, b) => {
      return `${a}${withEndColumn(ref, lastColumn)}${b}`;
    })
    .replace(/(<(?:[\w.-]+:)?autoFilter\b[^>]*?\sref=")([^"]*)(")/, (_, a, ref: string, b) => {
      return `${a}${withEndColumn(ref, lastColumn)}${b}`;
    });
}
