/**
 * Percentile rank with the meaning of Excel's PERCENTRANK.INC, without its 3-digit truncation:
 * the share of the other values strictly below x, (count below) ÷ (n − 1). A value between two
 * values of the column is interpolated as Excel does; outside the column it is clamped to 0 or 1.
 * The column is sorted once, so ranking a value costs one binary search.
 */
export class RankedColumn {
  private readonly sorted: Float64Array;

  constructor(values: Iterable<number | null>) {
    const present: number[] = [];
    for (const v of values) if (v !== null && Number.isFinite(v)) present.push(v);
    this.sorted = Float64Array.from(present).sort();
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
