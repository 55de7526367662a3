import fc from "fast-check";
import { isoWeekday } from "../../../src/core/dates/serial";
import { SATURDAY_SUNDAY, type WeekendMask } from "../../../src/core/dates/weekend";
import { workdayIntl, type WorkCalendar } from "../../../src/core/dates/workdays";

/** The definition, one day at a time: what the jump table must agree with. */
function plainWalk(start: number, days: number, calendar: WorkCalendar): number {
  let day = Math.floor(start);
  let left = Math.trunc(Math.abs(days));
  const step = days < 0 ? -1 : 1;
  while (left > 0) {
    day += step;
    const working = !calendar.weekend[isoWeekday(day) - 1] && !calendar.holidays.has(day);
    if (working) left--;
  }
  return day;
}

const FIRST = 46023; // 2026-01-01
const TEN_YEARS = 3650;
const run = new Set<number>(Array.from({ length: TEN_YEARS }, (_, i) => FIRST + i));

const weekendArb: fc.Arbitrary<WeekendMask> = fc
  .array(fc.boolean(), { minLength: 7, maxLength: 7 })
  .filter((mask) => mask.some((w) => !w));

describe("working days across long runs of holidays", () => {
  test("100,000 rows starting inside a ten-year run of holidays agree with the plain walk", () => {
    const calendar: WorkCalendar = { weekend: SATURDAY_SUNDAY, holidays: run };
    const starts = Array.from(
      { length: 100_000 },
      (_, i) => FIRST - 5 + ((i * 7919) % (TEN_YEARS + 10))
    );
    const answers = starts.map((start) => workdayIntl(start, 1, calendar));
    fc.assert(
      fc.property(fc.nat(starts.length - 1), (row) => {
        expect(answers[row]).toBe(plainWalk(starts[row], 1, calendar));
      }),
      { numRuns: 300 }
    );
  });

  test("forwards and backwards, any weekend, a run with gaps, any count of days", () => {
    fc.assert(
      fc.property(
        weekendArb,
        fc.uniqueArray(fc.integer({ min: -40, max: 40 }), { maxLength: 20 }),
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: -30, max: 30 }),
        (weekend, gaps, offset, days) => {
          const holidays = new Set(run);
          for (const gap of gaps) holidays.delete(FIRST + TEN_YEARS / 2 + gap);
          const calendar: WorkCalendar = { weekend, holidays };
          for (const start of [
            FIRST + offset,
            FIRST + TEN_YEARS + offset,
            FIRST + TEN_YEARS / 2 + offset,
          ])
            expect(workdayIntl(start, days, calendar)).toBe(plainWalk(start, days, calendar));
        }
      ),
      { numRuns: 200 }
    );
  });

  test("scattered holidays, as most books have them", () => {
    fc.assert(
      fc.property(
        weekendArb,
        fc.uniqueArray(fc.integer({ min: FIRST, max: FIRST + 60 }), { maxLength: 40 }),
        fc.integer({ min: FIRST - 5, max: FIRST + 65 }),
        fc.integer({ min: -20, max: 20 }),
        (weekend, days, start, count) => {
          const calendar: WorkCalendar = { weekend, holidays: new Set(days) };
          expect(workdayIntl(start, count, calendar)).toBe(plainWalk(start, count, calendar));
        }
      ),
      { numRuns: 500 }
    );
  });
});
