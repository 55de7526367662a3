import {
  dateFromSerial,
  isLeapYear,
  packedDateFromSerial,
  serialFromDate,
  type DaySerial,
} from "../dates/serial";

export interface Anniversary {
  /** The day it falls on, on or after the as-of date. */
  readonly on: DaySerial;
  /** Years since the original date on that day: the age turned, or years as a client. */
  readonly years: number;
}

/** The original date's return in a given year; 29 February is kept on 28 February in other years. */
function returnIn(year: number, month: number, day: number): DaySerial {
  return serialFromDate({
    year,
    month,
    day: month === 2 && day === 29 && !isLeapYear(year) ? 28 : day,
  });
}

/**
 * The next yearly return of a date (birthday, client since) on or after asOf. A 29 February date is
 * kept on 28 February in years without one, so the card still goes out in February.
 */
export function nextAnniversary(original: DaySerial, asOf: DaySerial): Anniversary {
  if (asOf <= original) return { on: original, years: 0 };
  const from = dateFromSerial(original);
  let year = dateFromSerial(asOf).year;
  let on = returnIn(year, from.month, from.day);
  if (on < asOf) on = returnIn(++year, from.month, from.day);
  return { on, years: year - from.year };
}

/**
 * The birthdays and anniversaries that fall within the next few days of asOf. Checking a client is
 * one date conversion and one lookup, where nextAnniversary needs several: it runs for every client
 * of the book every time the call list is built.
 */
export class OccasionWindow {
  /** month × 100 + day → the day of that date within the window. */
  private readonly days = new Map<number, { on: DaySerial; year: number }>();

  constructor(
    private readonly asOf: DaySerial,
    readonly length: number
  ) {
    for (let on = asOf; on <= asOf + length; on++) {
      const { year, month, day } = dateFromSerial(on);
      this.days.set(month * 100 + day, { on, year });
      // In a year without 29 February, 29 February dates come round on the 28th.
      if (month === 2 && day === 28 && !isLeapYear(year)) this.days.set(229, { on, year });
    }
  }

  /** The date's return within the window, or null when it does not come round in it. */
  find(original: DaySerial): Anniversary | null {
    if (original >= this.asOf) return null;
    const packed = packedDateFromSerial(original);
    const hit = this.days.get(packed % 10000);
    return hit === undefined ? null : { on: hit.on, years: hit.year - Math.floor(packed / 10000) };
  }
}
