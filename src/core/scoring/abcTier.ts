import { invalid, ok, type Outcome } from "../cells/outcome";
import { sortedAscending } from "./sortOrder";

export type AbcTier = "A" | "B" | "C";

export interface AbcThresholds {
  /** Cumulative share up to which a value is A (default 0.80). */
  readonly aShare: number;
  /** Cumulative share up to which a value is B (default 0.95). */
  readonly bShare: number;
}

export const DEFAULT_ABC: AbcThresholds = { aShare: 0.8, bShare: 0.95 };

/** Spreadsheets compare shares with a small tolerance, so 0.1 + 0.2 sits on a 0.3 boundary. */
const SHARE_TOLERANCE = 1e-9;

export function resolveThresholds(
  aShare: number | null,
  bShare: number | null
): Outcome<AbcThresholds> {
  const a = aShare ?? DEFAULT_ABC.aShare;
  const b = bShare ?? Math.max(DEFAULT_ABC.bShare, a);
  if (!(a > 0 && a <= 1))
    return invalid(`a_share: ${a} must be a share above 0 and at most 1, such as 0.8`);
  if (!(b > 0 && b <= 1))
    return invalid(`b_share: ${b} must be a share above 0 and at most 1, such as 0.95`);
  if (b < a) return invalid(`b_share: ${b} is below a_share ${a}; B must reach further than A`);
  return ok({ aShare: a, bShare: b });
}

/**
 * Classic ABC analysis over a book of non-negative values. A value's cumulative share is (the sum
 * of all values strictly greater than it + the value itself) ÷ the total, so equal values always
 * share a tier, and the largest value is always A.
 */
export class AbcBook {
  /** Book values, largest first. */
  private readonly descending: Float64Array;
  /** greaterSums[i] = sum of descending[0..i). */
  private readonly prefixSums: Float64Array;
  readonly total: number;

  constructor(values: Iterable<number> | Float64Array) {
    this.descending = sortedAscending(
      values instanceof Float64Array ? values : Float64Array.from(values)
    ).reverse();
    this.prefixSums = new Float64Array(this.descending.length + 1);
    for (let i = 0; i < this.descending.length; i++)
      this.prefixSums[i + 1] = this.prefixSums[i] + this.descending[i];
    this.total = this.prefixSums[this.descending.length];
  }

  /** Sum of the book's values strictly greater than x. */
  private sumGreaterThan(x: number): number {
    let lo = 0;
    let hi = this.descending.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.descending[mid] > x) lo = mid + 1;
      else hi = mid;
    }
    return this.prefixSums[lo];
  }

  cumulativeShare(value: number): number {
    return this.total === 0 ? 0 : (this.sumGreaterThan(value) + value) / this.total;
  }

  /**
   * Tiers for the book's own values without a search each: shares rise as values fall, so one walk
   * down the book finds the smallest value that is still A and the smallest still B.
   * Only for values that are in the book; others go through tierOf.
   */
  ownTiers(thresholds: AbcThresholds): (bookValue: number) => AbcTier {
    let lowestA = Infinity;
    let lowestB = Infinity;
    for (let i = 0; i < this.descending.length; i++) {
      const v = this.descending[i];
      if (i > 0 && v === this.descending[i - 1]) continue;
      const tier = this.tierOf(v, thresholds, this.prefixSums[i]);
      if (tier === "A") lowestA = v;
      else if (tier === "B") lowestB = v;
      else break;
    }
    lowestB = Math.min(lowestB, lowestA);
    return (v) => (v >= lowestA ? "A" : v >= lowestB ? "B" : "C");
  }

  tierOf(
    value: number,
    thresholds: AbcThresholds,
    greaterSum = this.sumGreaterThan(value)
  ): AbcTier {
    if (this.descending.length === 0 || value >= this.descending[0]) return "A";
    const share = this.total === 0 ? 0 : (greaterSum + value) / this.total;
    if (share <= thresholds.aShare + SHARE_TOLERANCE) return "A";
    if (share <= thresholds.bShare + SHARE_TOLERANCE) return "B";
    return "C";
  }
}

/** Tiers every value within the book the values themselves form; blanks stay null. */
export function abcTiers(
  values: readonly (number | null)[],
  thresholds: AbcThresholds = DEFAULT_ABC
): (AbcTier | null)[] {
  const tierOf = new AbcBook(values.filter((v): v is number => v !== null)).ownTiers(thresholds);
  return values.map((v) => (v === null ? null : tierOf(v)));
}
