import { invalid, ok, type Outcome } from "../cells/outcome";
import { RankedColumn } from "./percentRank";

/**
 * One client's criteria, in book column order. Anything but a finite number (null, a blank "")
 * means the client has no value for that criterion.
 */
export type CriteriaRow = readonly unknown[];

function isValue(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** Every criterion column of the book, each ranked once so that any client can be scored quickly. */
export class RankedBook {
  private constructor(
    readonly columns: readonly RankedColumn[],
    /** Per column, the rank of each of the book's own rows (NaN where a row has no value). */
    private readonly ownRanks: readonly Float64Array[] | null
  ) {}

  /** Non-numbers in the rows (blanks, headers, notes) are not part of the book. */
  static of(rows: readonly CriteriaRow[], width: number): RankedBook {
    return new RankedBook(
      columnsOf(rows, width, false).map((column) => RankedColumn.of(column)),
      null
    );
  }

  /**
   * A book that will score its own rows: every row's ranks come from one linear-time sort per
   * column instead of a search per row (the spilled TIERSCORE over a whole block).
   */
  static ofOwnRows(rows: readonly CriteriaRow[], width: number): RankedBook {
    const ranked = columnsOf(rows, width, true).map((column) => RankedColumn.withOwnRanks(column));
    return new RankedBook(
      ranked.map((r) => r.column),
      ranked.map((r) => r.ranks)
    );
  }

  get width(): number {
    return this.columns.length;
  }

  /** The rank of row i's value in column j, where the book was made to score its own rows. */
  ownRank(i: number, j: number): number {
    if (this.ownRanks === null) throw new Error("this book was not ranked for its own rows");
    return this.ownRanks[j][i];
  }
}

/**
 * The book's values, one typed array per column. With `keepRows`, row i stays at index i (NaN where
 * the row has no value); otherwise only the values are kept.
 */
function columnsOf(rows: readonly CriteriaRow[], width: number, keepRows: boolean): Float64Array[] {
  const columns = Array.from({ length: width }, () => new Float64Array(rows.length));
  const counts = new Array<number>(width).fill(0);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let j = 0; j < width; j++) {
      const v = row[j];
      if (isValue(v)) columns[j][keepRows ? i : counts[j]++] = v;
      else if (keepRows) columns[j][i] = NaN;
    }
  }
  return keepRows ? columns : columns.map((column, j) => column.subarray(0, counts[j]));
}

export interface CriterionPart {
  /** Percentile rank in [0, 1] within the book, or null where the client has no value. */
  readonly rank: number | null;
  /** The weight as given. */
  readonly weight: number;
  /** Points this criterion adds to the 0–100 score. */
  readonly points: number;
}

export interface ScoreBreakdown {
  /** 0–100, or null when the client has no criterion with a positive weight. */
  readonly score: number | null;
  readonly parts: readonly CriterionPart[];
}

/** Checks weights: one per criterion, none negative, not all zero. Omitted weights are equal. */
export function resolveWeights(
  weights: readonly (number | null)[] | null,
  width: number
): Outcome<number[]> {
  if (weights === null) return ok(new Array<number>(width).fill(1));
  if (weights.length !== width) {
    return invalid(
      `weights: ${weights.length} weights given for ${width} criteria; give one weight per criterion`
    );
  }
  for (let j = 0; j < width; j++) {
    const w = weights[j];
    if (w === null)
      return invalid(`weights: weight ${j + 1} is blank; type 0 to leave a criterion out`);
    if (!Number.isFinite(w) || w < 0)
      return invalid(`weights: weight ${j + 1} is ${w}; weights cannot be negative`);
  }
  if (weights.every((w) => w === 0))
    return invalid("weights: all weights are 0; give at least one criterion a weight");
  return ok(weights as number[]);
}

/**
 * Score = 100 × Σ wⱼ·rankⱼ ÷ Σ wⱼ over the criteria the client has (rankⱼ NaN where it has none), so
 * a missing figure neither helps nor hurts. Null when no criterion with a positive weight is left.
 */
function combine(ranks: Float64Array, weights: readonly number[]): number | null {
  let weighted = 0;
  let weightSum = 0;
  for (let j = 0; j < ranks.length; j++) {
    const rank = ranks[j];
    if (Number.isNaN(rank)) continue;
    weighted += weights[j] * rank;
    weightSum += weights[j];
  }
  // Rounding can push a perfect score a hair past 100.
  return weightSum === 0 ? null : Math.min(100, Math.max(0, (100 * weighted) / weightSum));
}

function rankIn(book: RankedBook, row: CriteriaRow, j: number): number {
  const value = row[j];
  return isValue(value) ? (book.columns[j].rank(value) ?? NaN) : NaN;
}

/** One row's ranks, reused from call to call: scoring a 100,000-row book allocates nothing per row. */
let scratch = new Float64Array(0);

function ranksBuffer(width: number): Float64Array {
  if (scratch.length !== width) scratch = new Float64Array(width);
  return scratch;
}

/** The score of a client's criteria within the book. */
export function scoreRow(
  book: RankedBook,
  row: CriteriaRow,
  weights: readonly number[]
): number | null {
  const ranks = ranksBuffer(book.width);
  for (let j = 0; j < ranks.length; j++) ranks[j] = rankIn(book, row, j);
  return combine(ranks, weights);
}

/** The score of the book's own row i (the book made by RankedBook.ofOwnRows). */
export function scoreOwnRow(
  book: RankedBook,
  i: number,
  weights: readonly number[]
): number | null {
  const ranks = ranksBuffer(book.width);
  for (let j = 0; j < ranks.length; j++) ranks[j] = book.ownRank(i, j);
  return combine(ranks, weights);
}

/** The score and what each criterion adds to it, for a plan sheet to explain. */
export function scoreBreakdown(
  book: RankedBook,
  row: CriteriaRow,
  weights: readonly number[]
): ScoreBreakdown {
  const ranks = book.columns.map((_, j) => rankIn(book, row, j));
  let weightSum = 0;
  ranks.forEach((rank, j) => (weightSum += Number.isNaN(rank) ? 0 : weights[j]));
  const parts = ranks.map((rank, j) => ({
    rank: Number.isNaN(rank) ? null : rank,
    weight: weights[j],
    points: Number.isNaN(rank) || weightSum === 0 ? 0 : (100 * weights[j] * rank) / weightSum,
  }));
  return { score: scoreRow(book, row, weights), parts };
}
