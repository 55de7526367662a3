import fc from "fast-check";
import {
  INTRODUCTION_HEADERS,
  introductionRow,
  readIntroductions,
  readResult,
  type Introduction,
} from "../../../src/core/introductions/introductions";
import {
  introducerOf,
  introductionLines,
  introductionsByClient,
  introductionsMade,
  thankText,
} from "../../../src/core/introductions/introductionViews";
import { introductionCoverage } from "../../../src/core/introductions/introductionCoverage";
import { d } from "../../fixtures/smallBook";

const AS_OF = d("2026-11-23");
const intro = (over: Partial<Introduction>): Introduction => ({
  date: d("2026-03-12"),
  introducerId: "H-1",
  introducerName: "Maria Lopez",
  introducedId: "",
  introducedName: "Ana Ruiz",
  result: "not yet",
  ...over,
});

describe("the Introductions table", () => {
  test("rows read back as written, whatever the column order", () => {
    const intros = [
      intro({}),
      intro({ introducedId: "H-9", introducedName: "Ben Ode", result: "became a client" }),
    ];
    const rows = intros.map(introductionRow);
    expect(readIntroductions(INTRODUCTION_HEADERS, rows)).toEqual(intros);
    const reversed = [...INTRODUCTION_HEADERS].reverse();
    expect(
      readIntroductions(
        reversed,
        rows.map((r) => [...r].reverse())
      )
    ).toEqual(intros);
  });

  test("rows without a date or an introducer are passed over; results are read as typed", () => {
    const rows = [
      ["", "H-1", "Maria", "", "Ana", "no"],
      [d("2026-01-05"), "", "", "", "Ana", "no"],
    ];
    expect(readIntroductions(INTRODUCTION_HEADERS, rows)).toEqual([]);
    expect(["Became a client", "yes", "Signed"].map(readResult)).toEqual([
      "became a client",
      "became a client",
      "became a client",
    ]);
    expect(["No", "declined", "", "pending"].map(readResult)).toEqual([
      "no",
      "no",
      "not yet",
      "not yet",
    ]);
  });

  test("any typed row reads without throwing, and a row read back reads the same again", () => {
    const cell = fc.oneof(fc.string(), fc.integer({ min: -5, max: 60000 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 6, maxLength: 6 })), (rows) => {
        const once = readIntroductions(INTRODUCTION_HEADERS, rows);
        expect(readIntroductions(INTRODUCTION_HEADERS, once.map(introductionRow))).toEqual(once);
      })
    );
  });
});

describe("what the card and the welcome call say", () => {
  const intros = [
    intro({ date: d("2025-06-01"), introducedName: "Old Friend" }),
    intro({ introducedId: "H-9", introducedName: "Ben Ode", result: "became a client" }),
    intro({
      date: d("2026-10-01"),
      introducerId: "H-3",
      introducerName: "Ann Ames",
      introducedId: "H-9",
      introducedName: "Ben Ode",
    }),
  ];
  const by = introductionsByClient(intros);

  test("a client's introductions of the last twelve months, newest first", () => {
    // Old Friend, introduced on 1 June 2025, is more than a year back.
    expect(introductionLines("H-1", by.get("H-1")!, AS_OF)).toEqual([
      "introduced Ben Ode (12 Mar 2026, became a client)",
    ]);
    expect(introductionLines("H-9", by.get("H-9")!, AS_OF)).toEqual([
      "introduced by Ann Ames (1 Oct 2026, not yet)",
      "introduced by Maria Lopez (12 Mar 2026, became a client)",
    ]);
  });

  test("the welcome call thanks the latest introducer by first name", () => {
    const who = introducerOf("H-9", intros)!;
    expect(who.introducerName).toBe("Ann Ames");
    expect(thankText(who)).toBe("thank Ann for the introduction");
    expect(thankText(intro({ introducerName: "Lopez, Maria" }))).toBe(
      "thank Maria for the introduction"
    );
    expect(introducerOf("H-1", intros)).toBeNull();
  });

  test("introductions made are counted per introducer", () => {
    expect([...introductionsMade(intros)]).toEqual([
      ["H-1", 2],
      ["H-3", 1],
    ]);
  });
});

describe("introductions on the coverage sheet", () => {
  test("per tier of the introducer and per year, with how many became clients", () => {
    const intros = [
      intro({ date: d("2025-06-01"), result: "became a client" }),
      intro({}),
      intro({ introducerId: "H-6" }),
      intro({ introducerId: "X-0" }),
    ];
    const tiers = new Map([
      ["H-1", "A"],
      ["H-6", "c"],
    ]);
    expect(introductionCoverage(intros, ["A", "B", "C"], (id) => tiers.get(id) ?? null)).toEqual({
      byTier: [
        { tier: "A", made: 2, becameClients: 1 },
        { tier: "B", made: 0, becameClients: 0 },
        { tier: "C", made: 1, becameClients: 0 },
        { tier: "untiered", made: 1, becameClients: 0 },
      ],
      byYear: [
        { year: 2025, made: 1, becameClients: 1 },
        { year: 2026, made: 3, becameClients: 0 },
      ],
    });
  });
});
