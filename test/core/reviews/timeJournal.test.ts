import { journalShares } from "../../../src/core/reviews/timeJournal";

describe("the 24-hour challenge", () => {
  test("shares by category against the agents' benchmark", () => {
    const shares = journalShares([
      { category: "Client interaction", minutes: 30 },
      { category: "Email", minutes: 120 },
      { category: "email ", minutes: 30 },
      { category: "Putting out fires", minutes: 300 },
      { category: "Lunch", minutes: 0 },
    ]);
    expect(shares).toEqual([
      { category: "Client interaction", minutes: 30, share: 30 / 480, benchmark: 0.04 },
      { category: "Email", minutes: 150, share: 150 / 480, benchmark: 0.24 },
      { category: "Putting out fires", minutes: 300, share: 300 / 480, benchmark: null },
    ]);
  });

  test("an empty journal has no shares", () => {
    expect(journalShares([])).toEqual([]);
  });
});
