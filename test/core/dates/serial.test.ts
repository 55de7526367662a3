import fc from "fast-check";
import {
  dateFromSerial,
  formatIsoDate,
  fromSerial1900,
  isoWeekday,
  MAX_SERIAL,
  serialFromDate,
  serialFromLocalDate,
  toSerial1900,
} from "../../../src/core/dates/serial";

describe("Excel date serials", () => {
  test.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 3, 1, 61],
    [1904, 1, 1, 1462],
    [2000, 2, 29, 36585],
    [2025, 1, 1, 45658],
    [2026, 11, 23, 46349],
    [9999, 12, 31, 2958465],
  ])("%i-%i-%i is serial %i", (year, month, day, serial) => {
    expect(serialFromDate({ year, month, day })).toBe(serial);
    expect(dateFromSerial(serial)).toEqual({ year, month, day });
  });

  test("serial 60 is Excel's 29 February 1900, a day that never was", () => {
    expect(dateFromSerial(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(formatIsoDate(60)).toBe("1900-02-29");
  });

  test("the time of day in a serial is dropped", () => {
    expect(dateFromSerial(46349.75)).toEqual({ year: 2026, month: 11, day: 23 });
  });

  test("1904 serials are 1,462 days lower", () => {
    expect(toSerial1900(0, "1904")).toBe(1462);
    expect(fromSerial1900(46349, "1904")).toBe(44887);
    expect(toSerial1900(46349, "1900")).toBe(46349);
  });

  test("weekday as WEEKDAY(serial, 2): Monday 1 … Sunday 7, including Excel's off-by-one before March 1900", () => {
    expect(isoWeekday(46349)).toBe(1); // Monday 23 November 2026
    expect(isoWeekday(45658)).toBe(3); // Wednesday 1 January 2025
    expect(isoWeekday(1)).toBe(7); // Excel calls 1 January 1900 a Sunday
    expect(isoWeekday(0)).toBe(6);
  });

  test("today is taken from the local calendar day of a Date", () => {
    expect(serialFromLocalDate(new Date(2026, 10, 23, 23, 59))).toBe(46349);
  });

  test("every serial but 60 round-trips through its calendar date", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_SERIAL }).filter((s) => s !== 60),
        (serial) => {
          expect(serialFromDate(dateFromSerial(serial))).toBe(serial);
        }
      )
    );
  });

  test("consecutive serials from March 1900 are consecutive days of the week", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_SERIAL - 1 }), (serial) => {
        expect(isoWeekday(serial + 1)).toBe((isoWeekday(serial) % 7) + 1);
      })
    );
  });
});
