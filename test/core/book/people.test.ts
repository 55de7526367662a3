import fc from "fast-check";
import { practicePeople } from "../../../src/core/book/people";

describe("the practice's people", () => {
  test("I am first; then the team and the owners, each once, in name order", () => {
    const team = [
      { person: "Pat", role: "assistant", supports: ["Dana"] },
      { person: "dana", role: "advisor", supports: [] },
    ];
    expect(practicePeople(["Lee", " Dana ", "", "lee", "Kim"], { me: "Dana", team })).toEqual([
      "Dana",
      "Kim",
      "Lee",
      "Pat",
    ]);
    expect(practicePeople(["Lee", "Kim"], { me: "", team: [] })).toEqual(["Kim", "Lee"]);
  });

  test("property: nobody twice, nobody blank, everyone named somewhere", () => {
    const name = fc.constantFrom("Dana", " dana", "Lee", "LEE ", "Pat", "", "  ");
    fc.assert(
      fc.property(fc.array(name), name, (owners, me) => {
        const people = practicePeople(owners, { me, team: [] });
        const keys = people.map((p) => p.trim().toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys).not.toContain("");
        for (const o of [...owners, me])
          if (o.trim() !== "") expect(keys).toContain(o.trim().toLowerCase());
      })
    );
  });
});
