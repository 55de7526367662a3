/**
 * Reading a block of a worksheet's cells as stored rather than as values: each cell's element
 * (to move it elsewhere intact), its style, its formula (a shared formula's other cells given
 * the master's, moved to them). Rows are read a window at a time, as sheetCells.ts reads values.
 */
import { mayHoldFormula, shiftFormula, storedFormula } from "./formulaText";
import { eachRowXml, rowCellElements, type Area } from "./sheetCells";

/** One cell as stored: its whole element, start-tag attributes and content. */
export interface RawCell {
  readonly xml: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly inner: string | undefined;
}

/** The cells stored in the area (blank ones with a style too), by row and column. */
export function rawCellsIn(xml: Buffer, area: Area): Map<number, Map<number, RawCell>> {
  const rows = new Map<number, Map<number, RawCell>>();
  eachRowXml(xml, area.fromRow, area.toRow, (row, inner, cellTag) => {
    if (inner === undefined) return;
    for (const cell of rowCellElements(inner, cellTag)) {
      if (cell.column < area.fromColumn || cell.column > area.toColumn) continue;
      if (!rows.has(row)) rows.set(row, new Map());
      rows.get(row)!.set(cell.column, {
        xml: inner.slice(cell.start, cell.end),
        attrs: cell.attrs,
        inner: cell.inner,
      });
    }
  });
  return rows;
}

/** The style (`s`) of each cell in the area that has one, by row and column. */
export function stylesIn(xml: Buffer, area: Area): Map<number, Map<number, number>> {
  const styles = new Map<number, Map<number, number>>();
  for (const [row, cells] of rawCellsIn(xml, area))
    for (const [column, cell] of cells)
      if (cell.attrs.s !== undefined) {
        if (!styles.has(row)) styles.set(row, new Map());
        styles.get(row)!.set(column, Number(cell.attrs.s));
      }
  return styles;
}

/**
 * The formulas in the area, by row and column, as "=…" text: a shared formula's other cells get
 * the master's formula moved to them (the master is looked for from the sheet's first row).
 */
export function formulasIn(xml: Buffer, area: Area): Map<number, Map<number, string>> {
  const out = new Map<number, Map<number, string>>();
  const masters = new Map<string, { text: string; row: number; column: number }>();
  eachRowXml(xml, 0, area.toRow, (row, inner, cellTag) => {
    if (inner === undefined || !mayHoldFormula(inner)) return;
    for (const cell of rowCellElements(inner, cellTag)) {
      const formula = storedFormula(cell.inner);
      if (formula === null) continue;
      let text = formula.text;
      if (formula.shared !== null) {
        const master = masters.get(formula.shared);
        if (text !== "") masters.set(formula.shared, { text, row, column: cell.column });
        else if (master !== undefined)
          text = shiftFormula(master.text, row - master.row, cell.column - master.column);
      }
      if (text === "" || row < area.fromRow) continue;
      if (cell.column < area.fromColumn || cell.column > area.toColumn) continue;
      if (!out.has(row)) out.set(row, new Map());
      out.get(row)!.set(cell.column, `=${text}`);
    }
  });
  return out;
}
