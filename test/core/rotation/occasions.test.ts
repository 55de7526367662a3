import fc from "fast-check";
import { nextAnniversary, OccasionWindow } from "../../../src/core/rotation/occasions";
import { serialFromDate } from "../../../src/core/dates/serial";

const d = (year: number, month: number, day: number) => serialFromDate({ year, month, day });

describe("next birthday or client anniversary", () => {
  test("later this year, today, or next year", () => {
    expect(nextAnniversary(d(1970, 12, 3), d(2026, 11, 23))).toEqual({
      on: d(2026, 12, 3),
      years: 56,
    });
    expect(nextAnniversary(d(1970, 11, 23), d(2026, 11, 23))).toEqual({
      on: d(2026, 11, 23),
      years: 56,
    });
    expect(nextAnniversary(d(1970, 1, 2), d(2026, 11, 23))).toEqual({
      on: d(2027, 1, 2),
      years: 57,
    });
  });

  test("a 29 February birthday falls on 28 February in other years", () => {
    expect(nextAnniversary(d(1988, 2, 29), d(2026, 1, 10))).toEqual({
      on: d(2026, 2, 28),
      years: 38,
    });
    expect(nextAnniversary(d(1988, 2, 29), d(2028, 1, 10))).toEqual({
      on: d(2028, 2, 29),
      years: 40,
    });
    expect(nextAnniversary(d(1988, 2, 29), d(2026, 3, 1))).toEqual({
      on: d(2027, 2, 28),
      years: 39,
    });
  });

  test("a date still ahead is its own next occasion", () => {
    expect(nextAnniversary(d(2027, 1, 5), d(2026, 11, 23))).toEqual({
      on: d(2027, 1, 5),
      years: 0,
    });
  });
});

describe("occasion window", () => {
  test("finds exactly the returns nextAnniversary puts within the window", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d(1920, 1, 1), max: d(2030, 12, 31) }),
        fc.integer({ min: d(2000, 1, 1), max: d(2040, 12, 31) }),
        fc.integer({ min: 0, max: 40 }),
        (original, asOf, days) => {
          const found = new OccasionWindow(asOf, days).find(original);
          const next = nextAnniversary(original, asOf);
          if (original >= asOf) expect(found).toBeNull();
          else expect(found).toEqual(next.on - asOf <= days ? next : null);
        }
      ),
      { numRuns: 500 }
    );
  });

  test("29 February birthdays come round on 28 February in other years", () => {
    expect(new OccasionWindow(d(2026, 2, 25), 7).find(d(1988, 2, 29))).toEqual({
      on: d(2026, 2, 28),
      years: 38,
    });
  });
});
