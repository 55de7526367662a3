import { isoWeekday, type DaySerial } from "./serial";
import type { WeekendMask } from "./weekend";

/**
 * For every holiday, the nearest working day after it and before it, given a weekend. Without it
 * a lookup that lands in a run of consecutive holidays (a ten-year closure, a list of every day of
 * a sabbatical) walks the run day by day, once per row: rows × run length. With it a lookup jumps
 * over the run in one step, so its cost does not depend on the run's length.
 */
export interface HolidayJumps {
  /** First working day after the holiday (a holiday → a working day, never another holiday). */
  readonly after: ReadonlyMap<DaySerial, DaySerial>;
  /** Last working day before the holiday. */
  readonly before: ReadonlyMap<DaySerial, DaySerial>;
}

/**
 * Built once per holiday set and weekend, then reused: the same Set object comes back for every
 * row of a spilled NEXTCONTACT, and a WeakMap lets it go when the caller drops the set.
 */
const cache = new WeakMap<ReadonlySet<DaySerial>, Map<string, HolidayJumps>>();

/** Weekend days in a row never exceed six, so this only stops a seven-day weekend's loop. */
const MAX_WEEKEND_RUN = 7;

function isWeekend(day: DaySerial, weekend: WeekendMask): boolean {
  return weekend[isoWeekday(day) - 1];
}

function jumpsOneWay(
  sorted: readonly DaySerial[],
  weekend: WeekendMask,
  step: 1 | -1
): Map<DaySerial, DaySerial> {
  const jumps = new Map<DaySerial, DaySerial>();
  // Visit the holidays farthest in the direction of travel first, so a holiday's neighbour
  // (when it is a holiday too) already knows where its run ends.
  const order = step === 1 ? [...sorted].reverse() : sorted;
  for (const holiday of order) {
    let day = holiday + step;
    let weekendDays = 0;
    for (;;) {
      const known = jumps.get(day);
      if (known !== undefined) {
        day = known;
        break;
      }
      if (!isWeekend(day, weekend) || ++weekendDays >= MAX_WEEKEND_RUN) break;
      day += step;
    }
    jumps.set(holiday, day);
  }
  return jumps;
}

export function holidayJumps(holidays: ReadonlySet<DaySerial>, weekend: WeekendMask): HolidayJumps {
  const key = weekend.map((w) => (w ? "1" : "0")).join("");
  let byWeekend = cache.get(holidays);
  if (byWeekend === undefined) {
    byWeekend = new Map();
    cache.set(holidays, byWeekend);
  }
  let jumps = byWeekend.get(key);
  if (jumps === undefined) {
    const sorted = [...holidays].sort((a, b) => a - b);
    jumps = {
      after: jumpsOneWay(sorted, weekend, 1),
      before: jumpsOneWay(sorted, weekend, -1),
    };
    byWeekend.set(key, jumps);
  }
  return jumps;
}
