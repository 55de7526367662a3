import {
  DEFAULT_ALLOCATIONS,
  longerCadence,
  timeBudget,
} from "../../../src/core/reviews/timeBudget";

describe("time budget", () => {
  const input = {
    annualHours: 2200,
    allocations: DEFAULT_ALLOCATIONS,
    tiers: [
      { tier: "A", clients: 60, cadenceDays: 90, minutesPerContact: 10 },
      { tier: "B", clients: 120, cadenceDays: 180, minutesPerContact: 10 },
      { tier: "C", clients: 300, cadenceDays: 365, minutesPerContact: 5 },
    ],
    cards: 480,
    minutesPerCard: 5,
    welcomes: 24,
    minutesPerWelcome: 20,
  };

  test("hand-checked: 700 relationship hours against what the rotation needs", () => {
    const budget = timeBudget(input);
    // 2,200 − (400 + 200 + 600 + 300) = 700.
    expect(budget.relationshipHours).toBe(700);
    const hours = budget.needs.map((n) => Math.round(n.hours * 100) / 100);
    // A: 60 × 365/90 × 10/60 = 40.56; B: 120 × 365/180 × 10/60 = 40.56; C: 300 × 1 × 5/60 = 25;
    // cards 480 × 5/60 = 40; welcomes 24 × 20/60 = 8; twelve days 6.
    expect(hours).toEqual([40.56, 40.56, 25, 40, 8, 6]);
    expect(budget.neededHours).toBeCloseTo(160.11, 2);
    expect(budget.surplus).toBeCloseTo(539.89, 2);
  });

  test("a deficit shows, with what a longer cadence would free", () => {
    const budget = timeBudget({
      ...input,
      allocations: { management: 800, development: 400, administration: 700, other: 200 },
    });
    expect(budget.relationshipHours).toBe(100);
    expect(budget.surplus).toBeLessThan(0);
    const b = budget.whatIfs.find((w) => w.tier === "B")!;
    // B 180 → 240 days: 120 × (365/180 − 365/240) × 10/60 = 10.14 hours.
    expect(b).toMatchObject({ fromDays: 180, toDays: 240 });
    expect(b.freesHours).toBeCloseTo(10.14, 2);
  });

  test("longer cadences in whole months", () => {
    expect([30, 90, 180, 365].map(longerCadence)).toEqual([60, 120, 240, 480]);
  });
});
