import {
  householdnextcontact,
  householdtier,
  householdtierscore,
  nextcontact,
  overdue,
  responsible,
  tier,
  tierscore,
} from "../../src/functions/functions";
import { DEFAULT_SETTINGS } from "../../src/core/book/settings";
import { setFormattedDates } from "../../src/functions/dateCell";
import { serialFromDate } from "../../src/core/dates/serial";

// The worked examples of README.md, so the README stays true.
const d = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number);
  return serialFromDate({ year, month, day });
};
const criteria = [
  [48000, 4, 5, 20000],
  [21000, 3, 3, 15000],
  [9000, 2, 4, 30000],
  [4000, 1, 2, 2000],
  [3000, 2, 1, 1000],
];
const revenue = criteria.map((row) => [row[0]]);
const lastContact = [
  [d("2026-08-03")],
  [d("2026-09-14")],
  [d("2026-05-11")],
  [d("2025-11-20")],
  [""],
];
const tiers = [["A"], ["A"], ["B"], ["C"], ["C"]];
const omitted = null as never;

test("TIERSCORE examples", () => {
  expect(tierscore(criteria, omitted, omitted)).toEqual([[93.75], [62.5], [62.5], [18.75], [6.25]]);
  expect(tierscore([criteria[1]], [[3, 1, 1, 2]], criteria)[0][0]).toBeCloseTo(64.29, 2);
});

test("TIER examples", () => {
  expect(tier(revenue, omitted, omitted, omitted)).toEqual([["A"], ["B"], ["B"], ["C"], ["C"]]);
  expect(tier(revenue, 0.85, omitted, omitted).map((r) => r[0])).toEqual(["A", "A", "B", "C", "C"]);
  expect(tier([[9000]], omitted, omitted, revenue)).toEqual([["B"]]);
});

test("NEXTCONTACT and OVERDUE examples", () => {
  expect(nextcontact([lastContact[0]], [tiers[0]], omitted, omitted, omitted)).toEqual([
    [d("2026-11-02")],
  ]);
  const column = nextcontact(lastContact, tiers, omitted, omitted, omitted);
  expect(column.slice(0, 4)).toEqual([
    [d("2026-11-02")],
    [d("2026-12-14")],
    [d("2026-11-09")],
    [d("2026-11-20")],
  ]);
  expect((column[4][0] as Error).message).toMatch(/never contacted/);
  expect(overdue([lastContact[0]], [tiers[0]], d("2026-11-23"), omitted, omitted, omitted)).toEqual(
    [[21]]
  );
  expect(
    overdue(lastContact.slice(0, 4), tiers.slice(0, 4), d("2026-11-23"), omitted, omitted, omitted)
  ).toEqual([[21], [0], [14], [3]]);
});

test("RESPONSIBLE examples", () => {
  expect(responsible(tiers, "Dana" as never, omitted, omitted)).toEqual([
    ["Dana"],
    ["Dana"],
    ["Dana"],
    ["mailing: newsletter"],
    ["mailing: newsletter"],
  ]);
  // RH_Cadence and RH_Team as the Rotation Settings sheet holds them.
  const cadence = DEFAULT_SETTINGS.tiers.map((t) => [t.tier, t.days, t.channel, t.responsible]);
  const team = [
    ["Dana", "advisor", ""],
    ["Pat", "assistant", "Dana"],
  ];
  expect(responsible(tiers, "Dana" as never, cadence, team).map((r) => r[0])).toEqual([
    "Dana",
    "Dana",
    "Pat",
    "mailing: newsletter",
    "mailing: newsletter",
  ]);
});

test("household examples", () => {
  setFormattedDates(false);
  const households = [["Ames"], ["Baker"], ["Baker"], ["Dutta"], ["Evans"]];
  expect(householdtier(revenue, households, omitted, omitted)).toEqual([
    ["A"],
    ["B"],
    ["B"],
    ["C"],
    ["C"],
  ]);
  const scores = householdtierscore(criteria, households, omitted, [["sum", "sum", "max", "sum"]]);
  expect(scores[1][0]).toBeCloseTo(83.33, 2);
  expect(scores[2][0]).toBe(scores[1][0]);
  const next = householdnextcontact(lastContact, tiers, households, omitted, omitted, omitted);
  expect([next[1][0], next[2][0]]).toEqual([d("2026-12-14"), d("2027-03-15")]);
  setFormattedDates(null);
});
