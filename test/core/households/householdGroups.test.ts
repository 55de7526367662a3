import fc from "fast-check";
import {
  groupHouseholds,
  hasHouseholds,
  householdKey,
} from "../../../src/core/households/householdGroups";
import { combinedCriteria } from "../../../src/core/households/householdCriteria";

describe("household keys and groups", () => {
  test("a label is matched as people type it", () => {
    expect(householdKey("  The  Lopez Family ")).toBe("the lopez family");
    expect(householdKey("LOPEZ")).toBe(householdKey("lopez"));
    expect(householdKey("   ")).toBe("");
  });

  test("members share a household; a client without a label is a household of one", () => {
    const { households, householdOf } = groupHouseholds(["Lopez", "", " lopez", "Baker", ""]);
    expect(households).toEqual([
      { key: "lopez", label: "Lopez", members: [0, 2] },
      { key: "", label: "", members: [1] },
      { key: "baker", label: "Baker", members: [3] },
      { key: "", label: "", members: [4] },
    ]);
    expect([...householdOf]).toEqual([0, 1, 0, 2, 3]);
  });

  test("households are on by default only where some client has a label", () => {
    expect(hasHouseholds(["", " "])).toBe(false);
    expect(hasHouseholds(["", "Lopez"])).toBe(true);
  });

  test("grouping never loses or repeats a client, and members share exactly one key", () => {
    const label = fc.constantFrom(
      "",
      " ",
      "Lopez",
      "lopez ",
      "LOPEZ",
      "Baker",
      "Chen",
      "the  chen"
    );
    fc.assert(
      fc.property(fc.array(label, { maxLength: 60 }), (labels) => {
        const { households, householdOf } = groupHouseholds(labels);
        const seen = households.flatMap((h) => h.members).sort((a, b) => a - b);
        expect(seen).toEqual(labels.map((_, i) => i));
        households.forEach((h, at) => {
          for (const m of h.members) {
            expect(householdOf[m]).toBe(at);
            expect(householdKey(labels[m])).toBe(h.key);
          }
          if (h.key === "") expect(h.members).toHaveLength(1);
        });
        const keyed = households.filter((h) => h.key !== "").map((h) => h.key);
        expect(new Set(keyed).size).toBe(keyed.length);
      })
    );
  });
});

describe("a household's criteria", () => {
  test("money and products add up, strategic value is the highest, blanks stay out", () => {
    expect(
      combinedCriteria(
        [
          [20000, null, 2, 3, null],
          [15000, null, 1, 5, null],
        ],
        ["revenue", "profitability", "products", "strategic", "opportunity"]
      )
    ).toEqual([35000, null, 3, 5, null]);
  });
});
