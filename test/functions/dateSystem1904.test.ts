/**
 * The functions in a 1904 workbook: the same calendar days as in a 1900 workbook, given and
 * returned as 1904 serials (1,462 lower); day counts unchanged.
 */
import fc from "fast-check";
import {
  MAX_SERIAL,
  SERIAL_1904_OFFSET,
  serialFromDate,
  serialFromLocalDate,
  type DateSystem,
} from "../../src/core/dates/serial";
import { setFormattedDates } from "../../src/functions/dateCell";
import { setWorkbookDateSystem, workbookDateSystem } from "../../src/functions/dateSystem";
import { FunctionError } from "../../src/functions/excelError";
import { nextcontact, overdue, tier, tierscore } from "../../src/functions/functions";

const OFFSET = SERIAL_1904_OFFSET;
const omitted = null as never;
const d = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number);
  return serialFromDate({ year, month, day });
};

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof FunctionError))
    throw new Error(`expected an error, got ${JSON.stringify(cell)}`);
  return { code: cell.code, message: cell.message };
}

/** Runs `body` with the functions set to `system`. */
function inSystem<T>(system: DateSystem, body: () => T): T {
  setWorkbookDateSystem(system);
  try {
    return body();
  } finally {
    setWorkbookDateSystem("1900");
  }
}

beforeEach(() => setFormattedDates(false));
afterEach(() => {
  setFormattedDates(null);
  setWorkbookDateSystem("1900");
});

// 1904-01-02 to 9999-12-31 as 1900 serials: every day a 1904 workbook can hold but its first,
// serial 0, which is also how desktop Excel passes a blank cell (tested on its own below).
const day1900 = fc.integer({ min: OFFSET + 1, max: MAX_SERIAL });
const tierOrDays = fc.oneof(fc.constantFrom("A", "B", "C"), fc.integer({ min: 1, max: 36500 }));
const weekend = fc.oneof(
  fc.constantFrom(null, 1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17),
  fc.stringMatching(/^[01]{7}$/).filter((mask) => mask !== "1111111")
);
// Holidays close to the cadence's end, where they move the answer; the last may be blank.
const holidayOffsets = fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 5 });

/** A 1904 workbook's answer as the 1900 answer would read there: a date 1,462 lower, an error the same. */
function as1904(cell: unknown): unknown {
  return typeof cell === "number"
    ? cell - OFFSET
    : cell instanceof FunctionError
      ? errorOf(cell)
      : cell;
}
const same = (cell: unknown) => (cell instanceof FunctionError ? errorOf(cell) : cell);

describe("NEXTCONTACT in a 1904 workbook", () => {
  test("the README example, given and returned as 1904 serials", () => {
    const result = inSystem("1904", () =>
      nextcontact([[d("2026-08-03") - OFFSET]], [["A"]], omitted, omitted, omitted)
    );
    expect(result).toEqual([[d("2026-11-02") - OFFSET]]);
  });

  test("is the 1900 answer less 1,462, with holidays as 1904 serials and any weekend", () => {
    fc.assert(
      fc.property(
        day1900,
        tierOrDays,
        holidayOffsets,
        weekend,
        (last, days, offsets, weekendArg) => {
          const base = last + (typeof days === "number" ? days : 90);
          const holidays = offsets.map((o) => [Math.min(base + o, MAX_SERIAL)]);
          const in1900 = inSystem("1900", () =>
            nextcontact([[last]], [[days]], omitted, holidays, weekendArg)
          );
          const holidays1904 = holidays.map(([h]) => [h - OFFSET]);
          const in1904 = inSystem("1904", () =>
            nextcontact([[last - OFFSET]], [[days]], omitted, holidays1904, weekendArg)
          );
          expect(same(in1904[0][0])).toEqual(as1904(in1900[0][0]));
        }
      ),
      { numRuns: 500 }
    );
  });

  test("a column with a cadence table, a text date and a blank row", () => {
    const cadence = [
      ["A", 60],
      ["B", 120],
    ];
    const last = [[d("2026-11-23")], ["2026-11-23"], [""], [0]];
    const tiers = [["A"], ["B"], [""], ["A"]];
    const in1900 = inSystem("1900", () =>
      nextcontact(last, tiers, cadence, [[d("2027-01-22")]], "0000110")
    );
    const last1904 = [[d("2026-11-23") - OFFSET], ["2026-11-23"], [""], [0]];
    const in1904 = inSystem("1904", () =>
      nextcontact(last1904, tiers, cadence, [[d("2027-01-22") - OFFSET]], "0000110")
    );
    expect(in1904.map((row) => row.map(same))).toEqual(in1900.map((row) => row.map(as1904)));
    // Friday 22 January 2027 is a holiday, Friday and Saturday the weekend: Sunday the 24th.
    expect(in1904[0][0]).toBe(d("2027-01-24") - OFFSET);
  });

  test("9999-12-31 is the last date in either system", () => {
    const last = MAX_SERIAL - OFFSET - 1;
    expect(
      inSystem("1904", () => nextcontact([[last]], [[1]], omitted, omitted, "0000000"))
    ).toEqual([[last + 1]]);
    const [[after]] = inSystem("1904", () =>
      nextcontact([[last]], [[2]], omitted, omitted, "0000000")
    );
    expect(errorOf(after).message).toMatch(/after 9999-12-31/);
  });
});

describe("OVERDUE in a 1904 workbook", () => {
  test("counts the same days as in 1900 for the same calendar days", () => {
    fc.assert(
      fc.property(
        day1900,
        tierOrDays,
        fc.integer({ min: -400, max: 40000 }),
        holidayOffsets,
        weekend,
        (last, days, ahead, offsets, weekendArg) => {
          const asOf = Math.min(Math.max(last + ahead, OFFSET + 1), MAX_SERIAL);
          const holidays = offsets.map((o) => [
            Math.min(last + o + (typeof days === "number" ? days : 90), MAX_SERIAL),
          ]);
          const in1900 = inSystem("1900", () =>
            overdue([[last]], [[days]], asOf, omitted, holidays, weekendArg)
          );
          const holidays1904 = holidays.map(([h]) => [h - OFFSET]);
          const in1904 = inSystem("1904", () =>
            overdue([[last - OFFSET]], [[days]], asOf - OFFSET, omitted, holidays1904, weekendArg)
          );
          expect(same(in1904[0][0])).toEqual(same(in1900[0][0]));
        }
      ),
      { numRuns: 500 }
    );
  });

  test("the README example", () => {
    const result = inSystem("1904", () =>
      overdue(
        [[d("2026-08-03") - OFFSET]],
        [["A"]],
        d("2026-11-23") - OFFSET,
        omitted,
        omitted,
        omitted
      )
    );
    expect(result).toEqual([[21]]);
  });

  test("as_of omitted or blank is today, not today moved by 1,462 days either way", () => {
    const today = serialFromLocalDate(new Date());
    const last = today - 100 - OFFSET;
    // No weekend, so the next contact is exactly last + 30 and 70 days have passed (71 past midnight).
    for (const asOf of [null, "", 0]) {
      const [[days]] = inSystem("1904", () =>
        overdue([[last]], [[30]], asOf, omitted, omitted, "0000000")
      );
      expect([70, 71]).toContain(days);
    }
  });
});

describe("a date before 1904-01-01 in a 1904 workbook is #VALUE! with a message", () => {
  const BEFORE = /is before 1904-01-01, the first date of this workbook's 1904 date system/;

  test.each([
    [
      "a negative last_contact",
      () => nextcontact([[-1]], [["A"]], omitted, omitted, omitted),
      /^last_contact: -1 /,
    ],
    [
      "a fraction below 0",
      () => nextcontact([[-0.25]], [["A"]], omitted, omitted, omitted),
      /^last_contact: -0.25 /,
    ],
    [
      "a text date of 1903",
      () => nextcontact([["1903-12-31"]], [["A"]], omitted, omitted, omitted),
      /^last_contact: "1903-12-31" /,
    ],
    [
      "a negative as_of",
      () => overdue([[100]], [["A"]], -5, omitted, omitted, omitted),
      /^as_of: -5 /,
    ],
    [
      "a negative holiday",
      () => nextcontact([[100]], [["A"]], omitted, [[200], [-3]], omitted),
      /^holidays \(row 2\): -3 /,
    ],
    [
      "a text holiday of 1900",
      () => overdue([[100]], [["A"]], 500, omitted, [["1900-03-01", 9]], omitted),
      /^holidays \(row 1, column 1\): "1900-03-01" /,
    ],
  ])("%s", (_, call, what) => {
    const [[cell]] = inSystem("1904", call);
    expect(errorOf(cell).code).toBe("#VALUE!");
    expect(errorOf(cell).message).toMatch(what);
    expect(errorOf(cell).message).toMatch(BEFORE);
  });

  test("a serial past 9999-12-31 of the 1904 system is not a date, named as given", () => {
    const [[cell]] = inSystem("1904", () =>
      nextcontact([[MAX_SERIAL - OFFSET + 1]], [["A"]], omitted, omitted, omitted)
    );
    expect(errorOf(cell)).toEqual({
      code: "#VALUE!",
      message: `last_contact: ${MAX_SERIAL - OFFSET + 1} is not a date`,
    });
  });

  test("0 is a blank cell as desktop Excel passes it, not 1904-01-01: never contacted, as in 1900", () => {
    // 1904-01-01 itself cannot be told from a blank; a client last contacted that day is improbable.
    const [[cell]] = inSystem("1904", () => nextcontact([[0]], [["A"]], omitted, omitted, omitted));
    expect(errorOf(cell)).toEqual(
      errorOf(inSystem("1900", () => nextcontact([[0]], [["A"]], omitted, omitted, omitted))[0][0])
    );
    expect(errorOf(cell).code).toBe("#N/A");
    // Serial 0.5 is noon on 1904-01-01, a real day.
    expect(
      inSystem("1904", () => nextcontact([[0.5]], [[1]], omitted, omitted, "0000000"))
    ).toEqual([[1]]);
  });
});

describe("switching systems", () => {
  test("back to 1900 gives the 1900 answers to the same cells: nothing stale", () => {
    const last = [[d("2026-08-03")], [d("2026-09-14")]];
    const holidays = [[d("2026-11-02")]];
    const first = nextcontact(last, [["A"]], omitted, holidays, omitted);
    const firstLate = overdue(last, [["A"]], d("2026-12-31"), omitted, holidays, omitted);
    setWorkbookDateSystem("1904");
    // The same cells read as 1904 serials are other days, four years on.
    expect(nextcontact(last, [["A"]], omitted, holidays, omitted)).not.toEqual(first);
    overdue(last, [["A"]], d("2026-12-31"), omitted, holidays, omitted);
    setWorkbookDateSystem("1900");
    expect(workbookDateSystem()).toBe("1900");
    expect(nextcontact(last, [["A"]], omitted, holidays, omitted)).toEqual(first);
    expect(overdue(last, [["A"]], d("2026-12-31"), omitted, holidays, omitted)).toEqual(firstLate);
    // 1 November 2026 is a Sunday and the 2nd a holiday; 13 December a Sunday.
    expect(first).toEqual([[d("2026-11-03")], [d("2026-12-14")]]);
    expect(firstLate).toEqual([[58], [17]]);
  });

  test("TIERSCORE and TIER take no dates: the same answers, cached or not, in either system", () => {
    const book = [
      [48000, 4],
      [21000, 3],
      [9000, 2],
      [4000, 1],
    ];
    const answers = () => [
      tierscore(book, omitted, omitted),
      tierscore([[9000, 2]], omitted, book),
      tier(
        [[9000]],
        omitted,
        omitted,
        book.map((r) => [r[0]])
      ),
    ];
    const in1900 = answers();
    expect(inSystem("1904", answers)).toEqual(in1900);
    expect(answers()).toEqual(in1900);
  });

  test("dates come back as formatted 1904 serials where the host supports them", () => {
    setFormattedDates(true);
    expect(
      inSystem("1904", () =>
        nextcontact([[d("2026-08-03") - OFFSET]], [["A"]], omitted, omitted, omitted)
      )
    ).toEqual([
      [{ type: "Double", basicValue: d("2026-11-02") - OFFSET, numberFormat: "yyyy-mm-dd" }],
    ]);
  });
});
