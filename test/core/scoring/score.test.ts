import fc from "fast-check";
import { RankedColumn } from "../../../src/core/scoring/percentRank";
import {
  RankedBook,
  resolveWeights,
  scoreBreakdown,
  scoreOwnRow,
  scoreRow,
  type CriteriaRow,
} from "../../../src/core/scoring/score";

describe("percentile rank", () => {
  test("a single value ranks 1; an empty column has no rank", () => {
    expect(RankedColumn.of([7]).rank(7)).toBe(1);
    expect(RankedColumn.of([null, null]).rank(1)).toBeNull();
  });

  test("blanks are not counted in the column", () => {
    expect(RankedColumn.of([1, null, 3]).rank(3)).toBe(1);
    expect(RankedColumn.of([1, null, 3]).rank(1)).toBe(0);
  });

  test("values outside the column are clamped to 0 and 1", () => {
    const column = RankedColumn.of([10, 20, 30]);
    expect(column.rank(5)).toBe(0);
    expect(column.rank(99)).toBe(1);
  });
});

describe("weights", () => {
  test("omitted weights are equal", () => {
    expect(resolveWeights(null, 3)).toEqual({ ok: true, value: [1, 1, 1] });
  });

  test.each([
    [[1, 2], 3, /2 weights given for 3 criteria/],
    [[1, -1, 1], 3, /weight 2 is -1; weights cannot be negative/],
    [[0, 0, 0], 3, /all weights are 0/],
    [[1, null, 1], 3, /weight 2 is blank/],
  ])("%j for %i criteria is refused", (weights, width, message) => {
    const result = resolveWeights(weights, width);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(message);
  });
});

describe("weighted score", () => {
  // Revenue, products held, strategic value.
  const rows: CriteriaRow[] = [
    [900, 4, 5],
    [300, 2, 3],
    [100, 1, 1],
    [500, null, 4],
  ];
  const book = RankedBook.of(rows, 3);

  test("the best client on every criterion scores 100, the worst 0", () => {
    expect(scoreRow(book, rows[0], [1, 1, 1])).toBe(100);
    expect(scoreRow(book, rows[2], [1, 1, 1])).toBe(0);
  });

  test("score = 100 × Σ w·rank ÷ Σ w", () => {
    // Ranks: revenue 1/3, products 1/2, strategic 1/3.
    expect(scoreRow(book, rows[1], [2, 1, 1])).toBeCloseTo((100 * (2 / 3 + 1 / 2 + 1 / 3)) / 4, 10);
  });

  test("a blank criterion is left out and the other weights renormalised", () => {
    // Revenue rank 2/3, strategic rank 2/3; products blank.
    expect(scoreRow(book, rows[3], [1, 5, 1])).toBeCloseTo(100 * (2 / 3), 10);
  });

  test("the breakdown's points add up to the score", () => {
    const breakdown = scoreBreakdown(book, rows[1], [3, 1, 1]);
    expect(breakdown.parts.map((p) => p.weight)).toEqual([3, 1, 1]);
    expect(breakdown.parts.reduce((sum, p) => sum + p.points, 0)).toBeCloseTo(
      breakdown.score ?? NaN,
      10
    );
    expect(breakdown.parts[0].rank).toBeCloseTo(1 / 3, 12);
  });

  test("a client with no criteria, or only zero-weight ones, has no score", () => {
    expect(scoreRow(book, [null, null, null], [1, 1, 1])).toBeNull();
    expect(scoreRow(book, [null, 4, null], [1, 0, 1])).toBeNull();
  });

  const criteria = fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }), {
    minLength: 3,
    maxLength: 3,
  });
  const weights = fc
    .array(fc.integer({ min: 0, max: 10 }), { minLength: 3, maxLength: 3 })
    .filter((w) => w.some((x) => x > 0));

  test("scores stay within 0 and 100", () => {
    fc.assert(
      fc.property(fc.array(criteria, { minLength: 1, maxLength: 30 }), weights, (book, w) => {
        const ranked = RankedBook.of(book, 3);
        for (const row of book) {
          const score = scoreRow(ranked, row, w);
          if (score !== null) {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(100);
          }
        }
      })
    );
  });

  test("a score never falls when one of the client's criteria rises", () => {
    fc.assert(
      fc.property(
        fc.array(criteria, { minLength: 2, maxLength: 30 }),
        weights,
        fc.nat(),
        fc.nat(2),
        fc.integer({ min: 1, max: 500 }),
        (book, w, pick, column, rise) => {
          const i = pick % book.length;
          const before = book[i][column];
          if (before === null) return;
          const raised = book.map((row, r) =>
            r === i ? row.map((v, c) => (c === column ? before + rise : v)) : row
          );
          const old = scoreRow(RankedBook.of(book, 3), book[i], w);
          const now = scoreRow(RankedBook.of(raised, 3), raised[i], w);
          expect(now ?? 0).toBeGreaterThanOrEqual((old ?? 0) - 1e-9);
        }
      )
    );
  });

  test("a book scoring its own rows gives the same scores as scoring each row within it", () => {
    fc.assert(
      fc.property(fc.array(criteria, { minLength: 1, maxLength: 40 }), weights, (rows, w) => {
        const own = RankedBook.ofOwnRows(rows, 3);
        const searched = RankedBook.of(rows, 3);
        rows.forEach((row, i) => expect(scoreOwnRow(own, i, w)).toBe(scoreRow(searched, row, w)));
      })
    );
  });
});
