import fc from "fast-check";
import { sanitiseSheetName, uniqueSheetName } from "../../../src/core/sheets/sheetNames";

describe("sheet names", () => {
  test.each([
    ["Ames & Sons", "Ames & Sons"],
    ["A/B: [test]?*", "A B test"],
    ["'Quoted'", "Quoted"],
    ["History", "Sheet History"],
    ["", "Sheet"],
    ["Plan – Moreau-Lefebvre Family Holdings International", "Plan – Moreau-Lefebvre Family H"],
  ])("%j → %j", (name, clean) => {
    expect(sanitiseSheetName(name)).toBe(clean);
  });

  test("names are made unique ignoring case", () => {
    expect(uniqueSheetName("Ames", ["ames", "Ames (2)"])).toBe("Ames (3)");
    expect(uniqueSheetName("x".repeat(40), ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
  });

  test("any name becomes a valid, unique sheet name", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.string({ maxLength: 31 }), { maxLength: 5 }),
        (name, existing) => {
          const result = uniqueSheetName(name, existing);
          expect(result.length).toBeGreaterThan(0);
          expect(result.length).toBeLessThanOrEqual(31);
          expect(result).not.toMatch(/[\\/?*[\]:]|^'|'$/);
          expect(existing.map((e) => e.toLowerCase())).not.toContain(result.toLowerCase());
        }
      )
    );
  });
});
