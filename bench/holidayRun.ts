/**
 * 100,000 next-working-day lookups that start inside a 10-year run of consecutive holidays
 * (3,650 days): the case that once cost rows × run length. Prints workdayIntl's time (jump table
 * built on first use, included) beside the plain day-by-day walk it replaced, in one run.
 * Run: npx tsx bench/holidayRun.ts
 */
import { isoWeekday } from "../src/core/dates/serial";
import { SATURDAY_SUNDAY } from "../src/core/dates/weekend";
import { firstWorkingDayOnOrAfter, type WorkCalendar } from "../src/core/dates/workdays";

const FIRST = 46023; // 2026-01-01
const RUN = 3650;
const ROWS = 100_000;

const holidays = new Set<number>();
for (let day = FIRST; day < FIRST + RUN; day++) holidays.add(day);
const calendar: WorkCalendar = { weekend: SATURDAY_SUNDAY, holidays };
const starts = Array.from({ length: ROWS }, (_, i) => FIRST + ((i * 7919) % RUN));

function plainWalk(start: number): number {
  let day = start;
  while (calendar.weekend[isoWeekday(day) - 1] || calendar.holidays.has(day)) day++;
  return day;
}

function time(label: string, next: (start: number) => number): number {
  const began = performance.now();
  let check = 0;
  for (const start of starts) check += next(start);
  const took = performance.now() - began;
  console.log(`${label}: ${took.toFixed(0)} ms (check ${check})`);
  return took;
}

console.log(`${ROWS} rows starting inside ${RUN} holidays in a row`);
const jump = time("jump table ", (s) => firstWorkingDayOnOrAfter(s, calendar));
const walk = time("plain walk ", plainWalk);
console.log(`plain walk ÷ jump table: ${(walk / jump).toFixed(0)}×`);
