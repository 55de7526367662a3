import fc from "fast-check";
import { scoreBook } from "../../../src/core/book/clientBook";
import { DEFAULT_SETTINGS, type HouseholdMode } from "../../../src/core/book/settings";
import { mergeHouseholds, itemClients } from "../../../src/core/households/householdItems";
import { Band, type CallItem } from "../../../src/core/today/callList";
import { buildToday } from "../../../src/core/today/today";
import { AS_OF, d, HOUSEHOLD_ROWS, householdRecords } from "../../fixtures/householdBook";

function book(households: HouseholdMode = "auto", rows = HOUSEHOLD_ROWS) {
  return scoreBook(householdRecords(rows), { ...DEFAULT_SETTINGS, me: "Dana", households });
}

const tiers = (clients: ReturnType<typeof book>) => clients.map((c) => [c.id, c.tier]);

describe("scoring and tiering by household", () => {
  test("the household's combined revenue decides its tier, and every member shows it", () => {
    // Households: Lopez 35,000 (0.45 of 77,000), Ames 30,000 (0.84), Baker 9,000 (0.96), …
    expect(tiers(book())).toEqual([
      ["H-1", "A"],
      ["H-2", "A"],
      ["H-3", "B"],
      ["H-4", "C"],
      ["H-5", "C"],
      ["H-6", "C"],
      ["H-7", "C"],
    ]);
    // Each on their own, Ames is the largest client and Tom Lopez a B.
    expect(tiers(book("off")).slice(0, 3)).toEqual([
      ["H-1", "A"],
      ["H-2", "B"],
      ["H-3", "A"],
    ]);
  });

  test("members share the household's score; their own figures stay on the record", () => {
    const [maria, tom] = book();
    expect(maria.score).toBe(tom.score);
    expect(maria.record.criteria[0]).toBe(20000);
    expect(tom.record.criteria[0]).toBe(15000);
    expect(maria.household).toEqual({
      key: "lopez",
      label: "Lopez",
      memberIds: ["H-1", "H-2"],
      combined: [35000, null, 3, null, null],
    });
    expect(book()[2].household).toBeNull();
  });

  test("auto follows the Household column: without a label anywhere nothing changes", () => {
    const unlabelled = HOUSEHOLD_ROWS.map((r) => r.map((v, j) => (j === 2 ? "" : v)));
    expect(tiers(book("auto", unlabelled))).toEqual(tiers(book("off")));
    expect(book("off").every((c) => c.household === null)).toBe(true);
  });
});

describe("the family's last contact", () => {
  // Tom Lopez was reached on 2 November; Maria's own last contact is still 1 June.
  const rows = HOUSEHOLD_ROWS.map((r, i) =>
    i === 1 ? r.map((v, j) => (j === 5 ? d("2026-11-02") : v)) : r
  );

  test("a contact with any member counts for every member; their own days stay on the record", () => {
    const [maria, tom] = book("auto", rows);
    expect(maria.lastContact).toBe(d("2026-11-02"));
    expect(tom.lastContact).toBe(d("2026-11-02"));
    expect(maria.record.lastContact).toBe(d("2026-06-01"));
    // Each on their own, Maria keeps her own day.
    expect(book("off", rows)[0].lastContact).toBe(d("2026-06-01"));
  });

  test("so the Lopez family is not overdue, though Maria alone would be", () => {
    // Maria is on the list either way for her birthday; only alone is she also overdue.
    const maria = (households: HouseholdMode) => {
      const view = buildToday(book(households, rows), { ...DEFAULT_SETTINGS, me: "Dana" }, AS_OF);
      return [...view.mine.calls, ...view.mine.waiting].find((v) => v.client.id === "H-1");
    };
    expect(maria("auto")?.item.overdueDays).toBe(0);
    expect(maria("auto")?.lastContact).toMatch(/^2 Nov 2026/);
    expect(maria("off")?.item.overdueDays).toBeGreaterThan(0);
  });
});

describe("the call list by household", () => {
  test("one item per household names the members, with each member's own view", () => {
    const view = buildToday(book(), { ...DEFAULT_SETTINGS, me: "Dana" }, AS_OF);
    const all = [...view.mine.calls, ...view.mine.waiting];
    const lopez = all.filter((i) => i.client.household?.key === "lopez");
    expect(lopez).toHaveLength(1);
    const household = lopez[0].household!;
    // Maria's birthday is Wednesday: she leads.
    expect(household.heading).toBe("The Lopez household: Maria, Tom");
    expect(household.members.map((m) => m.client.id)).toEqual(["H-1", "H-2"]);
    expect(household.members[0].why.some((w) => w.startsWith("birthday"))).toBe(true);
    expect(household.members.map((m) => m.client.record.followUp)).toEqual([
      "ask about the new house",
      "golf trip",
    ]);
    expect(household.members.every((m) => m.household === null)).toBe(true);
    // Cards stay per person.
    expect(view.cards.map((c) => c.client.id)).toEqual(["H-1"]);
  });

  test("off, every member is an item of their own", () => {
    const view = buildToday(book("off"), { ...DEFAULT_SETTINGS, me: "Dana" }, AS_OF);
    const ids = [...view.mine.calls, ...view.mine.waiting].map((i) => i.client.id);
    expect(ids.filter((id) => id === "H-1" || id === "H-2")).toHaveLength(2);
    expect(view.mine.calls.every((i) => i.household === null)).toBe(true);
  });
});

describe("merging a list's items by household", () => {
  const item = (id: string, householdKey: string): CallItem => ({
    client: {
      id,
      name: id,
      owner: "",
      tier: "A",
      score: null,
      lastContact: null,
      birthday: null,
      clientSince: null,
      snoozedUntil: null,
      householdKey,
    },
    band: Band.DueTop,
    reasons: [],
    nextContact: null,
    overdueDays: 0,
  });

  test("never loses or repeats a client, keeps the order, and one item per household", () => {
    const key = fc.constantFrom("", "", "a", "b", "c");
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), (keys) => {
        const items = keys.map((k, i) => item(`C${i}`, k));
        const merged = mergeHouseholds(items);
        const clients = merged.flatMap((m) => itemClients(m).map((c) => c.id));
        expect([...clients].sort()).toEqual(items.map((i) => i.client.id).sort());
        const leads = merged.map((m) => m.client.id);
        expect(leads).toEqual(items.map((i) => i.client.id).filter((id) => leads.includes(id)));
        const keyed = merged.map((m) => m.client.householdKey).filter((k) => k !== "");
        expect(new Set(keyed).size).toBe(keyed.length);
      })
    );
  });
});

describe("introductions made, opted in as a criterion", () => {
  const intro = (introducerId: string) => ({
    date: AS_OF - 10,
    introducerId,
    introducerName: "",
    introducedId: "",
    introducedName: "Someone",
    result: "not yet" as const,
  });

  test("weight 0 leaves the score as it was; a weight ranks the introducers up", () => {
    const records = householdRecords();
    const intros = [intro("H-6"), intro("H-6"), intro("H-7")];
    const plain = scoreBook(records, { ...DEFAULT_SETTINGS, households: "off" });
    const off = scoreBook(records, { ...DEFAULT_SETTINGS, households: "off" }, [], intros);
    expect(off.map((c) => c.score)).toEqual(plain.map((c) => c.score));
    const on = scoreBook(
      records,
      { ...DEFAULT_SETTINGS, households: "off", introductionWeight: 5 },
      [],
      intros
    );
    const dutta = (list: typeof on) => list.find((c) => c.id === "H-6")!.score!;
    expect(dutta(on)).toBeGreaterThan(dutta(plain));
    // Tiers stay by revenue.
    expect(on.map((c) => c.tier)).toEqual(plain.map((c) => c.tier));
  });
});
