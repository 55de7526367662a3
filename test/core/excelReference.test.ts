import { AbcBook, resolveThresholds } from "../../src/core/scoring/abcTier";
import { RankedColumn } from "../../src/core/scoring/percentRank";
import { nextContact } from "../../src/core/rotation/rotation";
import { parseWeekend } from "../../src/core/dates/weekend";
import reference from "../fixtures/excel-reference.json";
import { abcCases, percentRankCases, workdayCases } from "../fixtures/excelReferenceCases";

// The expected values were computed by a spreadsheet application's own formulas (see
// test/fixtures/make-excel-reference.ts): WORKDAY.INTL, PERCENTRANK.INC with 15 significant
// digits, and ABC shares from SUMIF/SUM.

function must<T>(outcome: { ok: true; value: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error("unexpected problem");
  return outcome.value;
}

describe("the engine agrees with the spreadsheet's own formulas", () => {
  test.each(workdayCases.map((c, i) => [i, c] as const))(
    "NEXTCONTACT case %i = WORKDAY.INTL(last + days − 1, 1, …)",
    (i, c) => {
      const calendar = { weekend: must(parseWeekend(c.weekend)), holidays: new Set(c.holidays) };
      expect(nextContact(c.last, c.days, calendar)).toBe(reference.workday[i]);
    }
  );

  test.each(percentRankCases.map((c, i) => [i, c] as const))(
    "percentile rank case %i = PERCENTRANK.INC",
    (i, c) => {
      expect(RankedColumn.of(c.values).rank(c.x)).toBeCloseTo(reference.percentRank[i], 12);
    }
  );

  test("ABC tiers = cumulative share from SUMIF over SUM", () => {
    const ours: string[] = [];
    for (const c of abcCases) {
      const book = new AbcBook(c.values);
      const thresholds = must(resolveThresholds(c.aShare, c.bShare));
      for (const x of c.values) ours.push(book.tierOf(x, thresholds));
    }
    expect(ours).toEqual(reference.abc);
  });
});
