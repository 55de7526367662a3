import { effectiveTier, normaliseTier } from "../../../src/core/scoring/tierName";

describe("tier names", () => {
  test("a tier override, where filled, wins over the computed tier", () => {
    expect(effectiveTier(" b ", "A")).toBe("B");
    expect(effectiveTier("", "A")).toBe("A");
    expect(effectiveTier(null, "C")).toBe("C");
  });

  test("a tier is read as typed, ignoring case and spaces around it", () => {
    expect(normaliseTier(" a ")).toBe("A");
  });
});
