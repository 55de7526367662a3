import { guessMapping } from "../../../src/core/book/clientFields";
import { scoreBook } from "../../../src/core/book/clientBook";
import { readClientRows } from "../../../src/core/book/clientRows";
import { DEFAULT_SETTINGS, type RotationSettings } from "../../../src/core/book/settings";
import { personBudget, workingDaysInYear } from "../../../src/core/reviews/personBudget";
import { personBudgetLayout } from "../../../src/core/sheets/personBudgetSheet";
import { AS_OF, HEADERS, ROWS } from "../../fixtures/smallBook";

const settings: RotationSettings = {
  ...DEFAULT_SETTINGS,
  me: "Dana",
  team: [{ person: "Pat", role: "assistant", supports: ["Dana"] }],
};

const clients = scoreBook(
  readClientRows(
    { headers: HEADERS, rows: ROWS, firstRowNumber: 2 },
    guessMapping(HEADERS),
    new Set(["A", "B", "C"])
  ).clients,
  settings
);

describe("a person's time budget", () => {
  test("Dana: her own tier A and its cards; the B tier and its cards are Pat's", () => {
    const dana = personBudget(clients, settings, "Dana", AS_OF);
    expect(dana.tiers.map((t) => [t.tier, t.clients])).toEqual([["A", 3]]);
    // Ames (birthday, anniversary), Baker (both), Fox (anniversary).
    expect(dana.cards).toBe(5);
    const pat = personBudget(clients, settings, "pat", AS_OF);
    expect(pat.tiers.map((t) => [t.tier, t.clients])).toEqual([["B", 1]]);
    expect(pat.cards).toBe(1);
  });

  test("against the daily hour: 60 minutes × 2026's 261 weekdays; holidays count off", () => {
    expect(workingDaysInYear(DEFAULT_SETTINGS, 2026)).toBe(261);
    expect(workingDaysInYear({ ...DEFAULT_SETTINGS, holidays: [AS_OF] }, 2026)).toBe(260);
    const dana = personBudget(clients, settings, "Dana", AS_OF);
    expect(dana.hourBudget).toBe(261);
    // 3 clients × 365/90 × 10 min = 2.03 h; 5 cards × 5 min; 6 h of twelve days.
    expect(dana.neededHours).toBeCloseTo((3 * (365 / 90) * 10) / 60 + (5 * 5) / 60 + 6, 10);
    expect(dana.hourSurplus).toBeCloseTo(261 - dana.neededHours, 10);
    const layout = personBudgetLayout(dana, AS_OF);
    expect(layout.sheet).toBe("Time Budget – Dana");
    expect(layout.blocks.at(-1)!.values[3]).toEqual([
      "Their relationship hour: minutes a day × 261 working days",
      261,
    ]);
  });
});
