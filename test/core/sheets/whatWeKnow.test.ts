import fc from "fast-check";
import {
  profileFromBlock,
  whatWeKnowLayout,
  whatWeKnowName,
} from "../../../src/core/sheets/whatWeKnow";

describe("the plan's What we know block", () => {
  test("labels and values beside the cadence, with a name over the values", () => {
    const layout = whatWeKnowLayout(
      "C-6",
      { family: "daughter at university", occupation: "", interests: "=sailing" },
      16
    );
    expect(layout.blocks[0]).toMatchObject({ at: "F16", values: [["What we know"]], bold: true });
    expect(layout.blocks[1]).toMatchObject({
      at: "F17",
      values: [
        ["Family", "daughter at university"],
        ["Occupation", ""],
        ["Interests", "=sailing"],
      ],
      formats: ["@", "@"],
    });
    // Typed text is never a formula the add-in wrote.
    expect(layout.blocks.every((b) => b.formulas !== true)).toBe(true);
    expect(layout.names).toEqual([{ name: "RH_Knows_C_2d_6", address: "G17:G19" }]);
  });

  test("the block's cells read back as the profile; blanks and numbers as text", () => {
    expect(profileFromBlock([[" twins "], [""], [42]])).toEqual({
      family: "twins",
      occupation: "",
      interests: "42",
    });
    expect(profileFromBlock(null)).toEqual({ family: "", occupation: "", interests: "" });
  });

  test("property: every ID gets a valid Excel name of its own", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const name = whatWeKnowName(a);
        expect(name).toMatch(/^RH_Knows_[A-Za-z0-9_]*$/);
        if (a !== b) expect(whatWeKnowName(b)).not.toBe(name);
      })
    );
  });
});
