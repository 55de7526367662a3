import { readDate, type Cell } from "../cells/cells";
import { invalid, ok, type Outcome } from "../cells/outcome";
import { holidayJumps } from "./holidayRuns";
import { isoWeekday, type DaySerial } from "./serial";
import { SATURDAY_SUNDAY, type WeekendMask } from "./weekend";

/** Which days are working days: a weekend pattern and a set of holidays (serials). */
export interface WorkCalendar {
  readonly weekend: WeekendMask;
  readonly holidays: ReadonlySet<DaySerial>;
}

/** Well beyond 9999-12-31 (serial 2,958,465), well within exact integers. */
const SEARCH_LIMIT = 10_000_000;

export const STANDARD_CALENDAR: WorkCalendar = { weekend: SATURDAY_SUNDAY, holidays: new Set() };

export function isWorkingDay(serial: DaySerial, calendar: WorkCalendar): boolean {
  return !calendar.weekend[isoWeekday(serial) - 1] && !calendar.holidays.has(serial);
}

/**
 * Excel's WORKDAY.INTL(start, days, weekend, holidays): the day `days` working days after (or,
 * when negative, before) start, not counting start itself. Fractions of days are dropped, as Excel does.
 * Landing on a holiday jumps straight to the working day beyond its run (see holidayRuns.ts), so
 * a long run of holidays costs one step, not one per day.
 */
export function workdayIntl(start: DaySerial, days: number, calendar: WorkCalendar): DaySerial {
  let day = Math.floor(start);
  let left = Math.trunc(Math.abs(days));
  const step = days < 0 ? -1 : 1;
  // Far outside Excel's dates the search stops: past 2^53, day + 1 === day and it would never end.
  while (left > 0 && Math.abs(day) < SEARCH_LIMIT) {
    day += step;
    if (calendar.holidays.has(day)) {
      const jumps = holidayJumps(calendar.holidays, calendar.weekend);
      day = (step === 1 ? jumps.after : jumps.before).get(day) ?? day;
    }
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/**
 * For each weekday (Monday first), the days to the first working day on or after it, by the
 * weekend alone; null for a weekend with no working day. Kept per mask, as the holiday jumps are.
 */
const weekendShifts = new WeakMap<WeekendMask, Int8Array | null>();

function shiftsOf(weekend: WeekendMask): Int8Array | null {
  let shifts = weekendShifts.get(weekend);
  if (shifts === undefined) {
    const table = new Int8Array(7);
    for (let w = 0; w < 7; w++) {
      let s = 0;
      while (s < 7 && weekend[(w + s) % 7]) s++;
      table[w] = s;
    }
    shifts = table.includes(7) ? null : table;
    weekendShifts.set(weekend, shifts);
  }
  return shifts;
}

/**
 * WORKDAY.INTL(serial − 1, 1): the first working day on or after the day. A spilled NEXTCONTACT asks
 * this once per row, so the weekend is stepped over in one move; only a day that lands on a holiday
 * takes the walk.
 */
export function firstWorkingDayOnOrAfter(serial: DaySerial, calendar: WorkCalendar): DaySerial {
  // As the walk counts it: from the day before, one forward (the same for every serial but the tiniest fractions).
  const first = Math.floor(serial - 1) + 1;
  const shifts = shiftsOf(calendar.weekend);
  // Near the search limit (and for NaN) the walk's own stopping rule decides.
  if (shifts === null || !(Math.abs(first) < SEARCH_LIMIT - 8))
    return workdayIntl(serial - 1, 1, calendar);
  const day = first + shifts[isoWeekday(first) - 1];
  return calendar.holidays.size === 0 || !calendar.holidays.has(day)
    ? day
    : workdayIntl(day - 1, 1, calendar);
}

/** Reads a holidays range: dates or strict text dates; blanks are skipped. */
export function parseHolidays(
  cells: readonly (readonly Cell[])[] | null
): Outcome<ReadonlySet<DaySerial>> {
  const holidays = new Set<DaySerial>();
  if (cells === null) return ok(holidays);
  for (let i = 0; i < cells.length; i++) {
    for (let j = 0; j < cells[i].length; j++) {
      const date = readDate(
        cells[i][j],
        `holidays (row ${i + 1}${cells[i].length > 1 ? `, column ${j + 1}` : ""})`
      );
      if (!date.ok) return invalid(date.problem.message);
      if (date.value !== null) holidays.add(date.value);
    }
  }
  return ok(holidays);
}
