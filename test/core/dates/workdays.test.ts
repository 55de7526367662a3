import fc from "fast-check";
import { isoWeekday } from "../../../src/core/dates/serial";
import { parseWeekend, SATURDAY_SUNDAY } from "../../../src/core/dates/weekend";
import {
  firstWorkingDayOnOrAfter,
  isWorkingDay,
  parseHolidays,
  STANDARD_CALENDAR,
  workdayIntl,
} from "../../../src/core/dates/workdays";
import { daysOverdue, nextContact } from "../../../src/core/rotation/rotation";

const MONDAY = 46349; // 2026-11-23

describe("weekend argument, as WORKDAY.INTL reads it", () => {
  test.each([
    [1, "0000011"],
    [2, "1000001"],
    [7, "0000110"],
    [11, "0000001"],
    [12, "1000000"],
    [17, "0000010"],
    ["0101010", "0101010"],
    [null, "0000011"],
    ["", "0000011"],
  ])("%j means %s", (cell, mask) => {
    const parsed = parseWeekend(cell);
    expect(parsed.ok && parsed.value.map((d) => (d ? "1" : "0")).join("")).toBe(mask);
  });

  test.each([[0], [8], [18], [1.5], ["1111111"], ["000011"], ["weekend"], [true]])(
    "%j is refused",
    (cell) => {
      expect(parseWeekend(cell).ok).toBe(false);
    }
  );
});

describe("working days", () => {
  const calendar = { weekend: SATURDAY_SUNDAY, holidays: new Set([MONDAY + 3]) };

  test("WORKDAY.INTL steps over weekends and holidays, both ways", () => {
    expect(workdayIntl(MONDAY, 1, calendar)).toBe(MONDAY + 1);
    expect(workdayIntl(MONDAY + 2, 1, calendar)).toBe(MONDAY + 4); // Thursday is a holiday
    expect(workdayIntl(MONDAY + 4, 1, calendar)).toBe(MONDAY + 7); // Friday → Monday
    expect(workdayIntl(MONDAY, 5, calendar)).toBe(MONDAY + 8);
    expect(workdayIntl(MONDAY + 7, -1, calendar)).toBe(MONDAY + 4);
    expect(workdayIntl(MONDAY + 5, 0, calendar)).toBe(MONDAY + 5);
  });

  test("the first working day on or after a day is that day when it works", () => {
    expect(firstWorkingDayOnOrAfter(MONDAY, calendar)).toBe(MONDAY);
    expect(firstWorkingDayOnOrAfter(MONDAY + 5, calendar)).toBe(MONDAY + 7);
  });

  test("holidays are read from a range; blanks skipped, text dates accepted, bad cells named", () => {
    const holidays = parseHolidays([[46381], [""], ["2027-01-01"], [null]]);
    expect(holidays.ok && [...holidays.value]).toEqual([46381, 46388]);
    const bad = parseHolidays([[46381], ["Boxing Day"]]);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problem.message).toMatch(/holidays \(row 2\): "Boxing Day" is not a date/);
  });
});

describe("rotation properties", () => {
  const weekendCode = fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17);
  const day = fc.integer({ min: 40000, max: 60000 });
  const holidays = fc.array(fc.integer({ min: 40000, max: 60400 }), { maxLength: 40 });

  test("next contact is never before last + days, never a weekend or holiday, and the first such day", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 400 }),
        weekendCode,
        holidays,
        (last, days, code, hols) => {
          const weekend = parseWeekend(code);
          if (!weekend.ok) throw new Error("bad weekend");
          const calendar = { weekend: weekend.value, holidays: new Set(hols) };
          const next = nextContact(last, days, calendar);
          expect(next).toBeGreaterThanOrEqual(last + days);
          expect(weekend.value[isoWeekday(next) - 1]).toBe(false);
          expect(calendar.holidays.has(next)).toBe(false);
          for (let d = last + days; d < next; d++) expect(isWorkingDay(d, calendar)).toBe(false);
        }
      )
    );
  });

  test("OVERDUE is 0 exactly when as-of is on or before the next contact", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 39000, max: 62000 }),
        (last, days, asOf) => {
          const next = nextContact(last, days, STANDARD_CALENDAR);
          const overdue = daysOverdue(next, asOf);
          expect(overdue === 0).toBe(asOf <= next);
          expect(Number.isInteger(overdue)).toBe(true);
          if (asOf > next) expect(overdue).toBe(asOf - next);
        }
      )
    );
  });
});

describe("working-day search always ends", () => {
  test("for any start and count, even far beyond Excel's dates", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom(1, 7, 11, 17),
        (start, days, code) => {
          const weekend = parseWeekend(code);
          if (!weekend.ok) throw new Error("bad weekend");
          expect(
            typeof workdayIntl(start, days, { weekend: weekend.value, holidays: new Set() })
          ).toBe("number");
        }
      )
    );
  });
});

describe("the first working day on or after a day steps over the weekend in one move", () => {
  // A week of weekend days is refused as an argument; it has one example of its own below.
  const mask = fc
    .array(fc.boolean(), { minLength: 7, maxLength: 7 })
    .filter((days) => days.includes(false));
  const serial = fc.oneof(
    fc.integer({ min: -1000, max: 3_000_000 }),
    fc.double({ min: -20, max: 3_000_000, noNaN: true }),
    fc.integer({ min: 9_999_980, max: 10_000_020 }),
    fc.integer({ min: -10_000_020, max: -9_999_980 }),
    fc.constantFrom(NaN, Infinity, -Infinity, 0, 59, 60, 61)
  );

  test("it is WORKDAY.INTL(day − 1, 1) for any day, weekend and holidays", () => {
    fc.assert(
      fc.property(serial, mask, fc.integer({ min: 0, max: 30 }), (day, weekend, run) => {
        const start = Math.floor(Number.isFinite(day) ? day : 0);
        // Holidays around the day, in runs and alone, some on weekend days.
        const holidays = new Set<number>();
        for (let d = 0; d < run; d++) holidays.add(start + d);
        holidays.add(start + run + 3);
        for (const calendar of [
          { weekend, holidays },
          { weekend, holidays: new Set<number>() },
        ])
          expect(firstWorkingDayOnOrAfter(day, calendar)).toBe(workdayIntl(day - 1, 1, calendar));
      }),
      { numRuns: 2000 }
    );
  });

  test("a week with no working day is left to the walk and its stopping rule", () => {
    const calendar = { weekend: new Array<boolean>(7).fill(true), holidays: new Set<number>() };
    expect(firstWorkingDayOnOrAfter(46349, calendar)).toBe(workdayIntl(46348, 1, calendar));
  });
});
