import {
  AbcBook,
  resolveThresholds,
  type AbcThresholds,
  type AbcTier,
} from "../core/scoring/abcTier";
import { isBlank, readNumber, type Cell } from "../core/cells/cells";
import { invalid, ok, type Outcome } from "../core/cells/outcome";
import { asMatrix, asScalar, mapCells, rectangular, type Matrix } from "./argumentShapes";
import { ContentCache } from "./contentCache";
import { excelError, type ErrorCell } from "./excelError";

const abcBooks = new ContentCache<Outcome<AbcBook>>();

type TierCell = string | ErrorCell;

/** A value to tier: a non-negative number; null for a blank. */
function readTierValue(cell: Cell, what: string): Outcome<number | null> {
  if (typeof cell === "string" && !isBlank(cell))
    return invalid(`${what}: "${cell}" is text; ABC tiers need numbers such as revenue`);
  const value = readNumber(cell, what);
  if (!value.ok) return value;
  if (value.value !== null && value.value < 0)
    return invalid(`${what}: ${value.value} is negative; ABC tiers need values of 0 or more`);
  return value;
}

function readThresholds(aArg: unknown, bArg: unknown): Outcome<AbcThresholds> {
  const a = readNumber(asScalar(aArg), "a_share");
  if (!a.ok) return a;
  const b = readNumber(asScalar(bArg), "b_share");
  if (!b.ok) return b;
  return resolveThresholds(a.value, b.value);
}

function cellLabel(matrix: Matrix, name: string, i: number, j: number): string {
  return matrix[0].length > 1 ? `${name} row ${i + 1}, column ${j + 1}` : `${name} row ${i + 1}`;
}

/** A cell's value to tier; a plain non-negative number needs no checking, the rest goes through readTierValue. */
function tierValue(
  matrix: Matrix,
  name: string,
  i: number,
  j: number
): Outcome<number | null> | number {
  const cell = matrix[i][j];
  if (typeof cell === "number" && cell >= 0 && cell !== Infinity) return cell;
  return readTierValue(cell, cellLabel(matrix, name, i, j));
}

/** The book's values: every plain number of the range, or the first problem. */
function bookValues(matrix: Matrix, name: string): Outcome<Float64Array> {
  const values = new Float64Array(matrix.length * matrix[0].length);
  let count = 0;
  for (let i = 0; i < matrix.length; i++) {
    for (let j = 0; j < matrix[i].length; j++) {
      const v = tierValue(matrix, name, i, j);
      if (typeof v === "number") values[count++] = v;
      else if (!v.ok) return v;
      else if (v.value !== null) values[count++] = v.value;
    }
  }
  return ok(values.subarray(0, count));
}

function tierCells(matrix: Matrix, tierOf: (value: number) => AbcTier): TierCell[][] {
  return mapCells(matrix, (_, i, j) => {
    const v = tierValue(matrix, "values", i, j);
    if (typeof v === "number") return tierOf(v);
    return !v.ok ? excelError(v.problem) : v.value === null ? "" : tierOf(v.value);
  });
}

/** TIER over a range that is its own book: each bad cell shows its own error, the rest are tiered. */
export function abcTierColumn(valuesArg: unknown, aArg: unknown, bArg: unknown): TierCell[][] {
  const matrix = asMatrix(valuesArg);
  if (matrix === null) return [[""]];
  const shape = rectangular(matrix, "values");
  if (!shape.ok) return [[excelError(shape.problem)]];
  const thresholds = readThresholds(aArg, bArg);
  if (!thresholds.ok) return [[excelError(thresholds.problem)]];
  const present = new Float64Array(matrix.length * matrix[0].length);
  let count = 0;
  for (let i = 0; i < matrix.length; i++) {
    for (let j = 0; j < matrix[i].length; j++) {
      const v = tierValue(matrix, "values", i, j);
      if (typeof v === "number") present[count++] = v;
      else if (v.ok && v.value !== null) present[count++] = v.value;
    }
  }
  return tierCells(matrix, new AbcBook(present.subarray(0, count)).ownTiers(thresholds.value));
}

/** TIER of values within a separate book. A bad book cell would shift every tier, so it is reported. */
export function abcTierWithin(
  valuesArg: unknown,
  aArg: unknown,
  bArg: unknown,
  bookArg: unknown
): TierCell[][] {
  const matrix = asMatrix(valuesArg);
  const bookMatrix = asMatrix(bookArg);
  if (matrix === null) return [[""]];
  if (bookMatrix === null) return abcTierColumn(valuesArg, aArg, bArg);
  const shape = rectangular(matrix, "values");
  if (!shape.ok) return [[excelError(shape.problem)]];
  const thresholds = readThresholds(aArg, bArg);
  if (!thresholds.ok) return [[excelError(thresholds.problem)]];
  const book = abcBooks.get(bookMatrix, () => {
    const bookShape = rectangular(bookMatrix, "book");
    if (!bookShape.ok) return bookShape;
    const values = bookValues(bookMatrix, "book");
    return values.ok ? ok(new AbcBook(values.value)) : values;
  });
  if (!book.ok) return [[excelError(book.problem)]];
  return tierCells(matrix, (v) => book.value.tierOf(v, thresholds.value));
}
