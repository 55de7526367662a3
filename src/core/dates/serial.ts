/**
 * Excel date serials. The engine's one representation of a day is the serial of the 1900 date system,
 * the number Excel stores in a cell: 1 = 1900-01-01. Excel counts a 29 February 1900 that never was
 * (serial 60), so serials from 61 on are days since 1899-12-30 and serials below 60 are one lower.
 * Workbooks in the 1904 system store the same day 1,462 lower.
 */
export type DaySerial = number;
export type DateSystem = "1900" | "1904";

export interface CalendarDate {
  readonly year: number;
  /** 1 to 12 */
  readonly month: number;
  readonly day: number;
}

export const SERIAL_1904_OFFSET = 1462;
/** 1900-02-29, a day that exists only in Excel. */
export const PHANTOM_LEAP_DAY: DaySerial = 60;
/** 9999-12-31, the last day Excel can show. */
export const MAX_SERIAL: DaySerial = 2958465;
const UNIX_EPOCH_SERIAL = 25569;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** yyyymmdd as one number: a date without allocating an object, for loops over a whole book. */
function packedCivilFromDays(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return (era * 400 + yoe + (month <= 2 ? 1 : 0)) * 10000 + month * 100 + day;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The 1900-system serial of a calendar date (dates before 1 March 1900 as Excel numbers them). */
export function serialFromDate(date: CalendarDate): DaySerial {
  const trueDays = daysFromCivil(date.year, date.month, date.day) + UNIX_EPOCH_SERIAL;
  return trueDays < 61 ? trueDays - 1 : trueDays;
}

/** The date Excel shows for a 1900-system serial as yyyymmdd (19000229 for Excel's serial 60). */
export function packedDateFromSerial(serial: DaySerial): number {
  const whole = Math.floor(serial);
  if (whole === PHANTOM_LEAP_DAY) return 19000229;
  const trueDays = whole < PHANTOM_LEAP_DAY ? whole + 1 : whole;
  return packedCivilFromDays(trueDays - UNIX_EPOCH_SERIAL);
}

/** The calendar date Excel shows for a 1900-system serial; serial 60 is Excel's 29 Feb 1900. */
export function dateFromSerial(serial: DaySerial): CalendarDate {
  const packed = packedDateFromSerial(serial);
  return {
    year: Math.floor(packed / 10000),
    month: Math.floor(packed / 100) % 100,
    day: packed % 100,
  };
}

/** The serial of the day a JavaScript Date falls on in the local time zone (how "today" is taken). */
export function serialFromLocalDate(date: Date): DaySerial {
  return serialFromDate({
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
  });
}

export function toSerial1900(serial: number, system: DateSystem): DaySerial {
  return system === "1904" ? serial + SERIAL_1904_OFFSET : serial;
}

export function fromSerial1900(serial: DaySerial, system: DateSystem): number {
  return system === "1904" ? serial - SERIAL_1904_OFFSET : serial;
}

/**
 * Day of the week as Excel's WEEKDAY(serial, 2) gives it: 1 = Monday … 7 = Sunday. Excel derives it
 * from the serial alone, so it is off by one before March 1900; matching Excel matters more here.
 */
export function isoWeekday(serial: DaySerial): number {
  return ((((Math.floor(serial) + 5) % 7) + 7) % 7) + 1;
}

export function formatIsoDate(serial: DaySerial): string {
  const { year, month, day } = dateFromSerial(serial);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
