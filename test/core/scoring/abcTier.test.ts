import fc from "fast-check";
import {
  AbcBook,
  abcTiers,
  DEFAULT_ABC,
  resolveThresholds,
} from "../../../src/core/scoring/abcTier";

describe("ABC tiers", () => {
  test("classic 80/95 split", () => {
    // Cumulative shares: 0.5, 0.8, 0.9, 0.95, 0.98, 1.
    expect(abcTiers([500, 300, 100, 50, 30, 20])).toEqual(["A", "A", "B", "B", "C", "C"]);
  });

  test("equal values share a tier", () => {
    // Each 10 has share (75 + 10) ÷ 100 = 0.85, although the two together reach 0.95.
    expect(abcTiers([75, 10, 10, 5])).toEqual(["A", "B", "B", "C"]);
  });

  test("the largest value is always A, even when it alone passes a_share", () => {
    expect(abcTiers([95, 5], { aShare: 0.5, bShare: 0.9 })).toEqual(["A", "C"]);
  });

  test("shares are compared with a tolerance: 0.1 + 0.2 sits on a 0.3 boundary", () => {
    const book = new AbcBook([0.4, 0.2, 0.1, 0.3]);
    // 0.1 + 0.2 ≠ 0.3 in binary; its share (0.4 + 0.3) / 1.0 lands on 0.7.
    expect(book.cumulativeShare(0.3)).toBeCloseTo(0.7, 12);
    expect(book.tierOf(0.3, { aShare: 0.7, bShare: 0.9 })).toBe("A");
    expect(new AbcBook([0.1, 0.2, 0.7]).tierOf(0.2, { aShare: 0.9, bShare: 0.95 })).toBe("A");
    expect(new AbcBook([0.1, 0.2]).cumulativeShare(0.1)).toBe(1);
  });

  test("blanks stay blank and are not counted", () => {
    expect(abcTiers([null, 80, 20, null])).toEqual([null, "A", "C", null]);
  });

  test("a book of zeros is all A", () => {
    expect(abcTiers([0, 0, 0])).toEqual(["A", "A", "A"]);
  });

  test("thresholds are checked", () => {
    expect(resolveThresholds(null, null)).toEqual({ ok: true, value: DEFAULT_ABC });
    expect(resolveThresholds(0.9, null)).toEqual({
      ok: true,
      value: { aShare: 0.9, bShare: 0.95 },
    });
    expect(resolveThresholds(0.97, null)).toEqual({
      ok: true,
      value: { aShare: 0.97, bShare: 0.97 },
    });
    expect(resolveThresholds(0, 0.9).ok).toBe(false);
    expect(resolveThresholds(0.8, 0.7).ok).toBe(false);
    expect(resolveThresholds(0.8, 1.5).ok).toBe(false);
  });

  test("tiers are monotone: a larger value never gets a lower tier", () => {
    const order = { A: 0, B: 1, C: 2 };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, extra) => {
          const thresholds = { aShare: a, bShare: Math.min(1, a + extra) };
          const tiers = abcTiers(values, thresholds);
          for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < values.length; j++) {
              if (values[i] > values[j])
                expect(order[tiers[i]!]).toBeLessThanOrEqual(order[tiers[j]!]);
              if (values[i] === values[j]) expect(tiers[i]).toBe(tiers[j]);
            }
          }
        }
      )
    );
  });
});

describe("own tiers", () => {
  test("the one-walk tiers of a book's own values are the tiers a search gives", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
          { minLength: 1, maxLength: 80 }
        ),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, extra) => {
          const thresholds = { aShare: a, bShare: Math.min(1, a + extra) };
          const book = new AbcBook(values);
          const own = book.ownTiers(thresholds);
          for (const v of values) expect(own(v)).toBe(book.tierOf(v, thresholds));
        }
      )
    );
  });
});
