import type { Cell } from "../core/cells/cells";
import { invalid, ok, type Outcome } from "../core/cells/outcome";

/** A range argument as Excel passes it: rows of cells. */
export type Matrix = readonly (readonly Cell[])[];

/**
 * An argument that may be omitted (null or undefined), a single value, or a range. Desktop Excel
 * and Excel on the web differ in how they hand these over, so every shape is normalised here.
 */
export function asMatrix(arg: unknown): Matrix | null {
  if (arg === null || arg === undefined) return null;
  if (Array.isArray(arg)) {
    if (arg.length === 0) return null;
    // Excel always passes rows of cells: taken as they are, a filled-down formula's 10,000-row book
    // is not copied 10,000 times. Only a plain list (from Node) is made into rows.
    if (arg.every(Array.isArray)) return arg as Matrix;
    return arg.map((row) => (Array.isArray(row) ? (row as Cell[]) : [row as Cell]));
  }
  return [[arg as Cell]];
}

function cells(n: number): string {
  return n === 1 ? "1 cell" : `${n} cells`;
}

/**
 * Excel always passes rectangular ranges; a ragged one can only come from a caller in code, and
 * would leave some cells out of a book or a row. TIER and TIERSCORE refuse it alike.
 */
export function rectangular(matrix: Matrix, name: string): Outcome<Matrix> {
  const width = matrix[0].length;
  const i = matrix.findIndex((row) => row.length !== width);
  if (i < 0) return ok(matrix);
  return invalid(
    `${name}: row ${i + 1} has ${cells(matrix[i].length)} but row 1 has ${width}; give a rectangular range`
  );
}

/** A single-value argument; a 1×1 range counts as its value. */
export function asScalar(arg: unknown): Cell {
  const matrix = asMatrix(arg);
  return matrix === null ? null : matrix[0][0];
}

/** A row or a column as one list. */
export function flatten(matrix: Matrix): Cell[] {
  return matrix.length === 1 ? [...matrix[0]] : matrix.map((row) => row[0]);
}

export function isLine(matrix: Matrix): boolean {
  return matrix.length === 1 || matrix.every((row) => row.length === 1);
}

export function sameShape(a: Matrix, b: Matrix): boolean {
  return a.length === b.length && a.every((row, i) => row.length === b[i].length);
}

/** Same shape and the same values, cell by cell: how a repeated range argument is recognised. */
export function sameContent(a: Matrix, b: Matrix): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  }
  return true;
}

/** A result of the same shape as `matrix`, cell by cell; plain loops, as it runs over 100,000 rows. */
export function mapCells<T>(matrix: Matrix, cell: (value: Cell, i: number, j: number) => T): T[][] {
  const result = new Array<T[]>(matrix.length);
  for (let i = 0; i < matrix.length; i++) {
    const row = matrix[i];
    const out = new Array<T>(row.length);
    for (let j = 0; j < row.length; j++) out[j] = cell(row[j], i, j);
    result[i] = out;
  }
  return result;
}
