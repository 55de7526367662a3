import { parseTextDate } from "../../../src/core/dates/textDate";

const serialOf = (text: string) => {
  const parsed = parseTextDate(text);
  return parsed.ok ? parsed.value : parsed.problem.message;
};

describe("strict text dates", () => {
  test.each([
    ["2026-11-23", 46349],
    [" 2026-11-23 ", 46349],
    ["2026/11/23", 46349],
    ["2026-11-23T09:30:00Z", 46349],
    ["2026-11-23 17:45", 46349],
    ["23.11.2026", 46349],
    ["23/11/2026", 46349],
    ["11/23/2026", 46349],
    ["5/5/2026", 46147],
    ["23 November 2026", 46349],
    ["23 Nov 2026", 46349],
    ["23-Nov-2026", 46349],
    ["November 23, 2026", 46349],
    ["Nov 23 2026", 46349],
    ["Sept 1, 2026", 46266],
    ["2024-02-29", 45351],
  ])("%s is serial %i", (text, serial) => {
    expect(serialOf(text)).toBe(serial);
  });

  test.each([
    ["03/04/2026", /day\/month or month\/day/],
    ["2026-02-29", /not a real date/],
    ["2026-13-01", /not a real date/],
    ["31.04.2026", /not a real date/],
    ["1899-12-31", /before 1900/],
    ["23/11/26", /not a date/],
    ["next Tuesday", /not a date/],
    ["Marble 3, 2026", /not a date/],
    ["45000", /not a date/],
    ["", /not a date/],
  ])("%s is refused", (text, message) => {
    expect(serialOf(text)).toMatch(message);
  });
});
