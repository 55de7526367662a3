/**
 * 100,000 next-working-day lookups that start inside a 10-year run of consecutive holidays
 * (3,650 days): the case that once cost rows × run length. Prints the total time of one run.
 */
import { SATURDAY_SUNDAY } from "../src/core/dates/weekend";
import { firstWorkingDayOnOrAfter, type WorkCalendar } from "../src/core/dates/workdays";

const FIRST = 46023; // 2026-01-01
const RUN = 3650;
const ROWS = 100_000;

const holidays = new Set<number>();
for (let day = FIRST; day < FIRST + RUN; day++) holidays.add(day);
const calendar: WorkCalendar = { weekend: SATURDAY_SUNDAY, holidays };
const starts = Array.from({ length: ROWS }, (_, i) => FIRST + ((i * 7919) % RUN));

const began = performance.now();
let check = 0;
for (const start of starts) check += firstWorkingDayOnOrAfter(start, calendar);
const took = performance.now() - began;
console.log(`${ROWS} rows, ${RUN} holidays in a row: ${took.toFixed(0)} ms (check ${check})`);
