import { dateFromSerial, isLeapYear, serialFromDate, type DaySerial } from "./serial";

export interface Anniversary {
  /** The day it falls on, on or after the as-of date. */
  readonly on: DaySerial;
  /** Years since the original date on that day: the age turned, or years as a client. */
  readonly years: number;
}

/**
 * The next yearly return of a date (birthday, client since) on or after asOf. A 29 February date is
 * kept on 28 February in years without one, so the card still goes out in February.
 */
export function nextAnniversary(original: DaySerial, asOf: DaySerial): Anniversary {
  const from = dateFromSerial(original);
  const today = dateFromSerial(asOf);
  const on = (year: number): DaySerial => {
    const day = from.month === 2 && from.day === 29 && !isLeapYear(year) ? 28 : from.day;
    return serialFromDate({ year, month: from.month, day });
  };
  if (asOf <= original) return { on: original, years: 0 };
  let year = today.year;
  if (on(year) < asOf) year++;
  return { on: on(year), years: year - from.year };
}
