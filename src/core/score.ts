import { invalid, ok, type Outcome } from "./outcome";
import { RankedColumn } from "./percentRank";

/** One client's criteria, in book column order; null where the client has no value. */
export type CriteriaRow = readonly (number | null)[];

/** Every criterion column of the book, each ranked once so that any client can be scored quickly. */
export class RankedBook {
  readonly columns: readonly RankedColumn[];

  constructor(rows: readonly CriteriaRow[], width: number) {
    const columns: RankedColumn[] = [];
    for (let j = 0; j < width; j++) columns.push(new RankedColumn(rows.map((row) => row[j] ?? null)));
    this.columns = columns;
  }

  get width(): number {
    return this.columns.length;
  }
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
export function resolveWeights(weights: readonly (number | null)[] | null, width: number): Outcome<number[]> {
  if (weights === null) return ok(new Array<number>(width).fill(1));
  if (weights.length !== width) {
    return invalid(`weights: ${weights.length} weights given for ${width} criteria; give one weight per criterion`);
  }
  for (let j = 0; j < width; j++) {
    const w = weights[j];
    if (w === null) return invalid(`weights: weight ${j + 1} is blank; type 0 to leave a criterion out`);
    if (!Number.isFinite(w) || w < 0) return invalid(`weights: weight ${j + 1} is ${w}; weights cannot be negative`);
  }
  if (weights.every((w) => w === 0)) return invalid("weights: all weights are 0; give at least one criterion a weight");
  return ok(weights as number[]);
}

/**
 * Score = 100 × Σ wⱼ·rankⱼ ÷ Σ wⱼ over the criteria the client has. A blank criterion is left out
 * and the weights of the rest renormalised, so a missing figure neither helps nor hurts.
 */
export function scoreBreakdown(book: RankedBook, row: CriteriaRow, weights: readonly number[]): ScoreBreakdown {
  let weightSum = 0;
  const ranks: (number | null)[] = [];
  for (let j = 0; j < book.width; j++) {
    const value = row[j];
    const rank = value === null || value === undefined ? null : book.columns[j].rank(value);
    ranks.push(rank);
    if (rank !== null) weightSum += weights[j];
  }
  const parts = ranks.map((rank, j) => ({
    rank,
    weight: weights[j],
    points: rank === null || weightSum === 0 ? 0 : (100 * weights[j] * rank) / weightSum,
  }));
  if (weightSum === 0) return { score: null, parts };
  let score = 0;
  for (const part of parts) score += part.points;
  // Rounding can push a perfect score a hair past 100.
  return { score: Math.min(100, Math.max(0, score)), parts };
}

export function scoreRow(book: RankedBook, row: CriteriaRow, weights: readonly number[]): number | null {
  return scoreBreakdown(book, row, weights).score;
}
