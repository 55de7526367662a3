import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { nextcontact, overdue, tier, tierscore } from "../../src/functions/functions";
import { setFormattedDates } from "../../src/functions/dateCell";
import {
  excelError,
  FunctionError,
  guarded,
  isInternalError,
} from "../../src/functions/excelError";
import { serialFromLocalDate } from "../../src/core/dates/serial";

// Excel hands over an omitted optional argument as null, and a blank cell as "" (web) or 0 (desktop).
const MONDAY = 46349; // 2026-11-23

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof FunctionError))
    throw new Error(`expected an error, got ${JSON.stringify(cell)}`);
  return { code: cell.code, message: cell.message };
}

afterEach(() => setFormattedDates(null));

describe("the functions are named exports callable from Node", () => {
  test.each(["tierscore", "tier", "nextcontact", "overdue", "responsible"])("%s", (name) => {
    expect(typeof (functions as Record<string, unknown>)[name]).toBe("function");
  });
});

describe("TIERSCORE", () => {
  const book = [
    [900, 4, 5],
    [300, 2, 3],
    [100, 1, 1],
    [500, "", 4],
  ];

  test("a whole block is its own book and spills one score per row", () => {
    const scores = tierscore(book, null as never, null as never).map((r) => r[0] as number);
    expect(scores[0]).toBe(100);
    expect(scores[2]).toBe(0);
    expect(scores[3]).toBeCloseTo(100 * (2 / 3), 10);
  });

  test("one client's row is ranked within the book, with weights as a row or a column", () => {
    const [[asRow]] = tierscore([[300, 2, 3]], [[2, 1, 1]], book);
    const [[asColumn]] = tierscore([[300, 2, 3]], [[2], [1], [1]], book);
    expect(asRow).toBeCloseTo((100 * (2 / 3 + 1 / 2 + 1 / 3)) / 4, 10);
    expect(asColumn).toBe(asRow);
  });

  test("headers and text in the book are passed over", () => {
    const withHeader = [["Revenue", "Products", "Strategic"], ...book];
    expect(tierscore([[900, 4, 5]], null as never, withHeader)).toEqual([[100]]);
  });

  test("a fully blank row gives a blank cell, not 0", () => {
    expect(tierscore([["", "", ""]], null as never, book)).toEqual([[""]]);
  });

  test.each([
    [[[1, 2]], /weights: 2 weights given for 3 criteria/],
    [[[1, -2, 1]], /weights: weight 2 is -2; weights cannot be negative/],
    [[[0, 0, 0]], /weights: all weights are 0/],
    [[["x", 1, 1]], /weights: weight 1: "x" is not a number/],
    [
      [
        [1, 1],
        [1, 1],
      ],
      /weights: give the weights as one row or one column/,
    ],
  ])("weights %j → #VALUE! with a message", (weights, message) => {
    const [[cell]] = tierscore([[300, 2, 3]], weights, book);
    expect(errorOf(cell).code).toBe("#VALUE!");
    expect(errorOf(cell).message).toMatch(message);
  });

  test("a book of another width → #VALUE!", () => {
    const [[cell]] = tierscore([[300, 2]], null as never, book);
    expect(errorOf(cell).message).toMatch(/book: it has 3 criteria columns but criteria has 2/);
  });

  test("a text criterion is an error in its own row only", () => {
    const result = tierscore(
      [
        [900, 4, 5],
        [300, "lots", 3],
        [100, 1, 1],
      ],
      null as never,
      null as never
    );
    expect(result[0][0]).toBe(100);
    expect(errorOf(result[1][0]).message).toBe('criteria row 2, column 2: "lots" is not a number');
    expect(result[2][0]).toBe(0);
  });
});

describe("TIER", () => {
  const revenue = [[500], [300], [100], [50], [30], [20]];

  test("a column spills its ABC tiers with the 80/95 defaults", () => {
    expect(tier(revenue, null, null, null as never)).toEqual([
      ["A"],
      ["A"],
      ["B"],
      ["B"],
      ["C"],
      ["C"],
    ]);
  });

  test("shares can be given, also as 1×1 ranges", () => {
    expect(tier(revenue, [[0.5]], 0.9, null as never).map((r) => r[0])).toEqual([
      "A",
      "B",
      "B",
      "C",
      "C",
      "C",
    ]);
  });

  test("one value is tiered within a book", () => {
    expect(tier([[100]], null, null, revenue)).toEqual([["B"]]);
    expect(tier(50 as never, null, null, revenue)).toEqual([["B"]]);
  });

  test("blanks stay blank; negative or text values → #VALUE! in their own row", () => {
    const result = tier([[500], [""], [-3], ["lots"], [0]], null, null, null as never);
    expect(result[0][0]).toBe("A");
    expect(result[1][0]).toBe("");
    expect(errorOf(result[2][0]).message).toBe(
      "values row 3: -3 is negative; ABC tiers need values of 0 or more"
    );
    expect(errorOf(result[3][0]).message).toMatch(/values row 4: "lots" is text/);
    expect(result[4][0]).toBe("C");
  });

  test("a bad cell in a separate book is reported, since it would shift every tier", () => {
    const [[cell]] = tier([[100]], null, null, [[500], ["n/a"]]);
    expect(errorOf(cell).message).toMatch(/book row 2: "n\/a" is text/);
  });

  test("bad shares → #VALUE!", () => {
    expect(errorOf(tier(revenue, 0.9, 0.5, null as never)[0][0]).message).toMatch(
      /b_share: 0.5 is below a_share 0.9/
    );
    expect(errorOf(tier(revenue, "most", null, null as never)[0][0]).message).toMatch(
      /a_share: "most" is not a number/
    );
  });
});

describe("NEXTCONTACT", () => {
  test("first working day on or after last contact + cadence", () => {
    // Monday + 90 days = Sunday 21 February 2027 → Monday 22 February.
    expect(nextcontact([[MONDAY]], [["A"]], null as never, null as never, null)).toEqual([
      [MONDAY + 91],
    ]);
    expect(
      nextcontact(MONDAY as never, " b " as never, null as never, null as never, null)
    ).toEqual([[MONDAY + 182]]); // a Saturday → Monday
    expect(nextcontact([[MONDAY]], [[30]], null as never, null as never, null)).toEqual([
      [MONDAY + 30],
    ]);
  });

  test("a cadence range, holidays and a weekend mask are honoured", () => {
    const cadence = [
      ["A", 60],
      ["B", 120],
    ];
    // Monday + 60 = Friday 22 January 2027; a holiday that day, and Friday–Saturday weekends.
    expect(nextcontact([[MONDAY]], [["a"]], cadence, [[MONDAY + 60]], "0000110")).toEqual([
      [MONDAY + 62],
    ]);
    expect(nextcontact([[MONDAY]], [["a"]], cadence, [[MONDAY + 60]], 7)).toEqual([[MONDAY + 62]]);
  });

  test("a column of dates with a column of tiers spills; text dates are read strictly", () => {
    const result = nextcontact(
      [[MONDAY], ["2026-11-23"], [""], [""]],
      [["A"], ["C"], ["B"], [""]],
      null as never,
      null as never,
      null
    );
    expect(result[0][0]).toBe(MONDAY + 91);
    expect(result[1][0]).toBe(MONDAY + 365);
    expect(errorOf(result[2][0])).toEqual({
      code: "#N/A",
      message: expect.stringMatching(/never contacted/),
    });
    expect(result[3][0]).toBe("");
  });

  test("a blank last contact arriving as 0 (desktop Excel) is never contacted too", () => {
    expect(
      errorOf(nextcontact([[0]], [["A"]], null as never, null as never, null)[0][0]).code
    ).toBe("#N/A");
  });

  test.each([
    [[["23/11/26"]], [["A"]], null, /last_contact: "23\/11\/26" is not a date/],
    [
      [["03/04/2026"]],
      [["A"]],
      null,
      /last_contact: "03\/04\/2026" could be day\/month or month\/day/,
    ],
    [[[true]], [["A"]], null, /last_contact: true is not a date/],
    [[[MONDAY]], [["Z"]], null, /tier_or_days: unknown tier "Z"/],
    [[[MONDAY]], [[-30]], null, /tier_or_days: -30 days/],
    [[[MONDAY]], [["A"]], "1111111", /weekend: "1111111" leaves no working day/],
    [[[MONDAY], [MONDAY]], [["A"], ["B"], ["C"]], null, /same size as last_contact/],
  ])("%j / %j → #VALUE! naming the argument", (last, tiers, weekend, message) => {
    const [[cell]] = nextcontact(last, tiers, null as never, null as never, weekend);
    expect(errorOf(cell).code).toBe("#VALUE!");
    expect(errorOf(cell).message).toMatch(message);
  });

  test("dates come back as formatted numbers where the host supports them", () => {
    setFormattedDates(true);
    expect(nextcontact([[MONDAY]], [["A"]], null as never, null as never, null)).toEqual([
      [{ type: "Double", basicValue: MONDAY + 91, numberFormat: "yyyy-mm-dd" }],
    ]);
  });
});

describe("OVERDUE", () => {
  test("whole days past the next contact, 0 until then", () => {
    const asOf = MONDAY + 100;
    expect(overdue([[MONDAY]], [["A"]], asOf, null as never, null as never, null)).toEqual([[9]]);
    expect(overdue([[MONDAY]], [["A"]], MONDAY + 91, null as never, null as never, null)).toEqual([
      [0],
    ]);
    expect(overdue([[MONDAY]], [["A"]], "2027-03-04", null as never, null as never, null)).toEqual([
      [10],
    ]);
  });

  test("as_of defaults to today", () => {
    const today = serialFromLocalDate(new Date());
    // The same as naming today: 68–70 days, as today − 70 is a working day or a weekend's
    // Saturday or Sunday (a fixed bound failed on days when it was a Saturday).
    const defaulted = overdue([[today - 100]], [[30]], null, null as never, null as never, null);
    expect(defaulted).toEqual(
      overdue([[today - 100]], [[30]], today, null as never, null as never, null)
    );
    expect(defaulted[0][0]).toBeGreaterThanOrEqual(68);
    expect(defaulted[0][0]).toBeLessThanOrEqual(70);
    expect(overdue([[today]], [[30]], "", null as never, null as never, null)).toEqual([[0]]);
  });

  test("blank last contact → #N/A: never contacted, due now", () => {
    expect(
      errorOf(overdue([[""]], [["A"]], MONDAY, null as never, null as never, null)[0][0]).code
    ).toBe("#N/A");
  });

  test("a bad as_of → #VALUE!", () => {
    expect(
      errorOf(overdue([[MONDAY]], [["A"]], "soon", null as never, null as never, null)[0][0])
        .message
    ).toMatch(/as_of:/);
  });
});

describe("TIER and TIERSCORE refuse non-finite and ragged input alike", () => {
  // Excel never passes these; a caller in code can, and neither function may quietly skip them.
  test.each([NaN, Infinity, -Infinity])("%s in the values → #VALUE! in its own row", (bad) => {
    const tiers = tier([[500], [bad], [3]], null, null, null as never);
    const scores = tierscore([[500], [bad], [3]], null as never, null as never);
    for (const result of [tiers, scores]) {
      expect(result[0][0]).not.toBeInstanceOf(FunctionError);
      expect(errorOf(result[1][0]).message).toMatch(new RegExp(`row 2.*: ${bad} is not a number`));
      expect(result[2][0]).not.toBeInstanceOf(FunctionError);
    }
  });

  test.each([NaN, Infinity, -Infinity])("%s in a separate book → #VALUE!", (bad) => {
    const book = [[500], [bad], [3]];
    for (const [[cell]] of [
      tier([[100]], null, null, book),
      tierscore([[100]], null as never, book),
    ])
      expect(errorOf(cell).message).toMatch(new RegExp(`^book row 2.*: ${bad} is not a number`));
  });

  test.each([
    ["values", "criteria"],
    ["book", "book"],
  ])("ragged rows in the %s → #VALUE!", (tierArg, scoreArg) => {
    const ragged = [[500, 1], [3]];
    const [[tiered]] =
      tierArg === "values"
        ? tier(ragged, null, null, null as never)
        : tier([[100, 1]], null, null, ragged);
    const [[scored]] =
      scoreArg === "criteria"
        ? tierscore(ragged, null as never, null as never)
        : tierscore([[100, 1]], null as never, ragged);
    const rule = "row 2 has 1 cell but row 1 has 2; give a rectangular range";
    expect(errorOf(tiered).message).toBe(`${tierArg}: ${rule}`);
    expect(errorOf(scored).message).toBe(`${scoreArg}: ${rule}`);
  });
});

describe("an exception inside a function is told apart from a refused input", () => {
  test("guarded() shows it as an internal error and reports it", () => {
    const report = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const [[cell]] = guarded((): never => {
        throw new Error("boom");
      });
      expect(errorOf(cell).code).toBe("#VALUE!");
      expect(errorOf(cell).message).toMatch(/^internal error in Relationship Hour.*: boom$/);
      expect(isInternalError(cell)).toBe(true);
      expect(report).toHaveBeenCalledTimes(1);
    } finally {
      report.mockRestore();
    }
  });

  test("a deliberate #VALUE! is not one", () => {
    expect(isInternalError(excelError({ kind: "value", message: "criteria: no" }))).toBe(false);
    expect(isInternalError(tier([[1]], "most", null, null as never)[0][0])).toBe(false);
  });
});

describe("no input makes a function throw or return NaN", () => {
  const cell = fc.oneof(
    fc.integer({ min: -100, max: 3_000_000 }),
    fc.double(),
    fc.string({ maxLength: 12 }),
    fc.boolean(),
    fc.constantFrom("", null, "A", "b", "2026-11-23", "0000011")
  );
  const range = fc.oneof(
    cell,
    fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
    fc.constant(null)
  );

  function check(result: unknown): void {
    expect(Array.isArray(result)).toBe(true);
    for (const row of result as unknown[][]) {
      for (const value of row) {
        if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
        // guarded() keeps an exception from reaching Excel, but it is still a bug.
        else if (isInternalError(value)) throw new Error(`threw: ${(value as Error).message}`);
        else if (typeof value !== "string" && !(value instanceof FunctionError))
          throw new Error(`unexpected ${JSON.stringify(value)}`);
      }
    }
  }

  test("random Excel-shaped arguments", () => {
    fc.assert(
      fc.property(range, range, range, range, range, range, (a, b, c, e, f, g) => {
        check(tierscore(a as never, b as never, c as never));
        check(tier(a as never, b, c, e as never));
        check(nextcontact(a as never, b as never, c as never, e as never, f));
        check(overdue(a as never, b as never, c, e as never, f as never, g));
      }),
      { numRuns: 300 }
    );
  });
});

describe("regressions", () => {
  // A day count of 1e308 once hung NEXTCONTACT: past 2^53, day + 1 === day, and on a weekend day
  // the working-day search never ended.
  test("an absurd day count is refused rather than looping forever", () => {
    const [[cell]] = nextcontact([[MONDAY]], [[1e308]], null as never, null as never, 17);
    expect(errorOf(cell).message).toMatch(/tier_or_days: 1e\+308 days; at most 36500/);
  });

  test("a next contact after 9999-12-31 is refused", () => {
    const [[cell]] = nextcontact([[2958000]], [[36500]], null as never, null as never, null);
    expect(errorOf(cell).message).toMatch(/after 9999-12-31/);
  });
});
