import {
  dateOrderOfLocale,
  dateOrderOfValues,
  isAmbiguousDate,
  parseDateOrder,
} from "../../../src/core/dates/dateOrder";
import { parseTextDate } from "../../../src/core/dates/textDate";
import { serialFromDate } from "../../../src/core/dates/serial";

describe("the order of day and month in text dates", () => {
  test("the locale: month first for en-US, day first for en-GB and de-DE", () => {
    expect(dateOrderOfLocale("en-US")).toBe("mdy");
    expect(dateOrderOfLocale("en-GB")).toBe("dmy");
    expect(dateOrderOfLocale("de-DE")).toBe("dmy");
    expect(dateOrderOfLocale("not a locale!")).toBe("mdy");
  });

  test("a column's values decide where one has a part over 12, and not when they disagree", () => {
    expect(dateOrderOfValues(["3/4/2025", "25/12/1980", 46000, ""])).toBe("dmy");
    expect(dateOrderOfValues(["3/4/2025", "12/25/1980"])).toBe("mdy");
    expect(dateOrderOfValues(["3/4/2025", "12/06/1975"])).toBeNull();
    expect(dateOrderOfValues(["25/12/1980", "12/25/1980"])).toBeNull();
  });

  test("ambiguous means both parts 12 or under and different", () => {
    expect(
      ["3/4/2025", "12/06/1975", "4/4/2025", "13/4/2025", "2025-03-04"].map(isAmbiguousDate)
    ).toEqual([true, true, false, false, false]);
  });

  test("a given order reads an ambiguous date; without one it is refused; ISO never needs one", () => {
    expect(parseTextDate("3/4/2025", "mdy")).toEqual({
      ok: true,
      value: serialFromDate({ year: 2025, month: 3, day: 4 }),
    });
    expect(parseTextDate("3/4/2025", "dmy")).toEqual({
      ok: true,
      value: serialFromDate({ year: 2025, month: 4, day: 3 }),
    });
    expect(parseTextDate("3/4/2025").ok).toBe(false);
    expect(parseTextDate("13/4/2025", "mdy")).toEqual({
      ok: true,
      value: serialFromDate({ year: 2025, month: 4, day: 13 }),
    });
    expect(parseTextDate("2025-03-04", "dmy")).toEqual({
      ok: true,
      value: serialFromDate({ year: 2025, month: 3, day: 4 }),
    });
  });

  test("the setting as typed", () => {
    expect(
      ["mdy", "MM/DD/YYYY", "month first", "dmy", "d.m.y", "Day first", "ymd", ""].map(
        parseDateOrder
      )
    ).toEqual(["mdy", "mdy", "mdy", "dmy", "dmy", "dmy", null, null]);
  });
});
