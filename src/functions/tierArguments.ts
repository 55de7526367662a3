import { AbcBook, resolveThresholds, type AbcThresholds } from "../core/abcTier";
import { isBlank, readNumber, type Cell } from "../core/cells";
import { invalid, ok, type Outcome } from "../core/outcome";
import { asMatrix, asScalar, type Matrix } from "./argumentShapes";
import { ContentCache } from "./contentCache";
import { excelError, type ErrorCell } from "./excelError";

const abcBooks = new ContentCache<Outcome<AbcBook>>();

type TierCell = string | ErrorCell;

/** A value to tier: a non-negative number; null for a blank. */
function readTierValue(cell: Cell, what: string): Outcome<number | null> {
  if (typeof cell === "string" && !isBlank(cell)) return invalid(`${what}: "${cell}" is text; ABC tiers need numbers such as revenue`);
  const value = readNumber(cell, what);
  if (!value.ok) return value;
  if (value.value !== null && value.value < 0) return invalid(`${what}: ${value.value} is negative; ABC tiers need values of 0 or more`);
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

function readValues(matrix: Matrix, name: string): Outcome<number | null>[][] {
  return matrix.map((row, i) => row.map((cell, j) => readTierValue(cell, cellLabel(matrix, name, i, j))));
}

/** TIER over a range that is its own book: each bad cell shows its own error, the rest are tiered. */
export function abcTierColumn(valuesArg: unknown, aArg: unknown, bArg: unknown): TierCell[][] {
  const matrix = asMatrix(valuesArg);
  if (matrix === null) return [[""]];
  const thresholds = readThresholds(aArg, bArg);
  if (!thresholds.ok) return [[excelError(thresholds.problem)]];
  const values = readValues(matrix, "values");
  const present: number[] = [];
  for (const row of values) for (const v of row) if (v.ok && v.value !== null) present.push(v.value);
  const book = new AbcBook(present);
  return values.map((row) =>
    row.map((v) => (!v.ok ? excelError(v.problem) : v.value === null ? "" : book.tierOf(v.value, thresholds.value))),
  );
}

/** TIER of values within a separate book. A bad book cell would shift every tier, so it is reported. */
export function abcTierWithin(valuesArg: unknown, aArg: unknown, bArg: unknown, bookArg: unknown): TierCell[][] {
  const matrix = asMatrix(valuesArg);
  const bookMatrix = asMatrix(bookArg);
  if (matrix === null) return [[""]];
  const thresholds = readThresholds(aArg, bArg);
  if (!thresholds.ok) return [[excelError(thresholds.problem)]];
  const book = abcBooks.get(bookMatrix ?? matrix, () => {
    const present: number[] = [];
    for (const row of readValues(bookMatrix ?? matrix, "book")) {
      for (const v of row) {
        if (!v.ok) return v;
        if (v.value !== null) present.push(v.value);
      }
    }
    return ok(new AbcBook(present));
  });
  if (!book.ok) return [[excelError(book.problem)]];
  return readValues(matrix, "values").map((row) =>
    row.map((v) => (!v.ok ? excelError(v.problem) : v.value === null ? "" : book.value.tierOf(v.value, thresholds.value))),
  );
}
