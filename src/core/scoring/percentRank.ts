import { sortedAscending, sortOrder } from "./sortOrder";

/**
 * Percentile rank with the meaning of Excel's PERCENTRANK.INC, without its 3-digit truncation:
 * the share of the other values strictly below x, (count below) ÷ (n − 1). A value between two
 * values of the column is interpolated as Excel does; outside the column it is clamped to 0 or 1.
 * The column is sorted once, so ranking a value costs one binary search.
 */
export class RankedColumn {
  private constructor(private readonly sorted: Float64Array) {}

  /**
   * A column of the finite numbers of `values`; anything else (blanks, text) is not part of it.
   * A Float64Array is read, not changed.
   */
  static of(values: Iterable<unknown> | Float64Array): RankedColumn {
    if (values instanceof Float64Array) return new RankedColumn(sortedAscending(values));
    const present: number[] = [];
    for (const v of values) if (typeof v === "number" && Number.isFinite(v)) present.push(v);
    return new RankedColumn(sortedAscending(Float64Array.from(present)));
  }

  /**
   * A column together with the rank of each of its own values, from one linear-time sort.
   * `values` holds NaN where a row has no value; its rank is NaN too.
   */
  static withOwnRanks(values: Float64Array): { column: RankedColumn; ranks: Float64Array } {
    const rows = new Uint32Array(values.length);
    const present = new Float64Array(values.length);
    let m = 0;
    for (let i = 0; i < values.length; i++) {
      if (Number.isNaN(values[i])) continue;
      rows[m] = i;
      present[m++] = values[i];
    }
    const order = sortOrder(present.subarray(0, m));
    const sorted = new Float64Array(m);
    const ranks = new Float64Array(values.length).fill(NaN);
    let below = 0;
    for (let k = 0; k < m; k++) {
      sorted[k] = present[order[k]];
      // Equal values share the rank of the first of them: the count strictly below.
      if (k > 0 && sorted[k] !== sorted[k - 1]) below = k;
      ranks[rows[order[k]]] = m === 1 ? 1 : below / (m - 1);
    }
    return { column: new RankedColumn(sorted), ranks };
  }

  get size(): number {
    return this.sorted.length;
  }

  /** Number of values strictly below x. */
  countBelow(x: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Rank in [0, 1]; null when the column holds no values. */
  rank(x: number): number | null {
    const n = this.sorted.length;
    if (n === 0) return null;
    if (n === 1) return 1;
    const below = this.countBelow(x);
    if (below === n) return 1;
    if (this.sorted[below] === x) return below / (n - 1);
    if (below === 0) return 0;
    const lower = this.sorted[below - 1];
    const upper = this.sorted[below];
    return (below - 1 + (x - lower) / (upper - lower)) / (n - 1);
  }
}
