import type { DaySerial } from "../dates/serial";
import { firstWorkingDayOnOrAfter, type WorkCalendar } from "../dates/workdays";

/**
 * The next proactive contact: the first working day on or after the last contact plus the cadence,
 * the same day as Excel's WORKDAY.INTL(last + days − 1, 1, weekend, holidays).
 */
export function nextContact(
  lastContact: DaySerial,
  cadenceDays: number,
  calendar: WorkCalendar
): DaySerial {
  return firstWorkingDayOnOrAfter(lastContact + cadenceDays, calendar);
}

/** Whole calendar days by which asOf is past the next contact; 0 until then. */
export function daysOverdue(next: DaySerial, asOf: DaySerial): number {
  return Math.max(0, Math.floor(asOf) - next);
}
