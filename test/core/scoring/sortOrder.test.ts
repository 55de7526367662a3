import fc from "fast-check";
import { RankedColumn } from "../../../src/core/scoring/percentRank";
import { sortOrder } from "../../../src/core/scoring/sortOrder";

const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(0, -0)
);

describe("linear-time sort order", () => {
  test("orders any finite numbers ascending, equal values keeping their order", () => {
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 300 }), (list) => {
        const values = Float64Array.from(list);
        const order = [...sortOrder(values)];
        expect([...order].sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
        for (let k = 1; k < order.length; k++) {
          const [a, b] = [values[order[k - 1]], values[order[k]]];
          expect(a <= b).toBe(true);
          if (a === b && Object.is(a, b)) expect(order[k - 1]).toBeLessThan(order[k]);
        }
      })
    );
  });

  test("whole numbers (their own keys) sort as any numbers do, with 0 and −0 apart", () => {
    const whole = fc.oneof(
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      fc.integer({ min: 0, max: 6 }),
      fc.constantFrom(0, -0, 2 ** 32, 0.5)
    );
    fc.assert(
      fc.property(fc.array(whole, { maxLength: 300 }), (list) => {
        const order = [...sortOrder(Float64Array.from(list))];
        const expected = list
          .map((v, i) => ({ v, i }))
          .sort(
            (a, b) =>
              a.v - b.v ||
              (Object.is(a.v, -0) ? -1 : 0) - (Object.is(b.v, -0) ? -1 : 0) ||
              a.i - b.i
          )
          .map((e) => e.i);
        expect(order).toEqual(expected);
      })
    );
  });

  test("a column's own ranks are the ranks a search finds", () => {
    fc.assert(
      fc.property(fc.array(fc.option(finite, { nil: null }), { maxLength: 200 }), (list) => {
        const { column, ranks } = RankedColumn.withOwnRanks(
          Float64Array.from(list, (v) => (v === null ? NaN : v))
        );
        const searched = RankedColumn.of(list);
        list.forEach((v, i) => {
          if (v === null) expect(ranks[i]).toBeNaN();
          else {
            expect(ranks[i]).toBe(searched.rank(v));
            expect(column.rank(v)).toBe(searched.rank(v));
          }
        });
      })
    );
  });
});

describe("linear-time sort order on a large column (16-bit digits)", () => {
  test("70,000 numbers of every kind come out ascending and stable", () => {
    const values = new Float64Array(70_000);
    for (let i = 0; i < values.length; i++)
      values[i] =
        i % 5 === 0
          ? (i * 7919) % 1000
          : i % 5 === 1
            ? -((i * 31) % 97) / 7
            : (i * 104729) % 500_000;
    const order = sortOrder(values);
    expect(new Set(order).size).toBe(values.length);
    let wrong = 0;
    for (let k = 1; k < order.length; k++) {
      const [a, b] = [values[order[k - 1]], values[order[k]]];
      if (!(a <= b) || (Object.is(a, b) && order[k - 1] > order[k])) wrong++;
    }
    expect(wrong).toBe(0);
  });

  test("whole numbers, whose low bits are all zero, sort as any others", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500_000 }), { maxLength: 300 }), (list) => {
        const order = [...sortOrder(Float64Array.from(list))];
        expect(order.map((i) => list[i])).toEqual([...list].sort((a, b) => a - b));
      })
    );
  });
});
