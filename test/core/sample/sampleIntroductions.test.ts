import { SAMPLE_HEADERS, sampleBook } from "../../../src/core/sample/sampleBook";
import { AS_OF } from "../../fixtures/smallBook";

const at = (header: (typeof SAMPLE_HEADERS)[number]) => SAMPLE_HEADERS.indexOf(header);

describe("the sample's introductions", () => {
  const book = sampleBook({ asOf: AS_OF, size: 500 });
  const byId = new Map(book.rows.map((r) => [r[at("Client ID")] as string, r]));

  test("about one for every twenty clients, over the last three years, the same every time", () => {
    expect(book.introductions.length).toBeGreaterThanOrEqual(500 / 30);
    expect(book.introductions.length).toBeLessThanOrEqual(500 / 12);
    for (const intro of book.introductions) {
      expect(intro.date).toBeLessThan(AS_OF);
      expect(intro.date).toBeGreaterThan(AS_OF - 3 * 365 - 60);
    }
    expect(sampleBook({ asOf: AS_OF, size: 500 }).introductions).toEqual(book.introductions);
    expect(book.introductions.map((i) => i.date)).toEqual(
      [...book.introductions.map((i) => i.date)].sort((a, b) => a - b)
    );
  });

  test("one who became a client joined weeks later; the introducer was a client before", () => {
    const became = book.introductions.filter((i) => i.result === "became a client");
    expect(became.length).toBeGreaterThan(5);
    for (const intro of book.introductions) {
      const by = byId.get(intro.introducerId)!;
      expect(by[at("Client")]).toBe(intro.introducerName);
      expect(by[at("Client since")] as number).toBeLessThan(intro.date - 30);
    }
    for (const intro of became) {
      const joined = byId.get(intro.introducedId)![at("Client since")] as number;
      expect(joined - intro.date).toBeGreaterThanOrEqual(7);
      expect(joined - intro.date).toBeLessThanOrEqual(42);
    }
    // Some of the newest clients came by one: the preview's welcome calls thank the introducer.
    expect(
      became.some((i) => (byId.get(i.introducedId)![at("Client since")] as number) >= AS_OF - 30)
    ).toBe(true);
    // The others are not clients, and their result is still open or a no.
    for (const intro of book.introductions.filter((i) => i.result !== "became a client")) {
      expect(intro.introducedId).toBe("");
      expect(["not yet", "no"]).toContain(intro.result);
    }
  });

  test("introducers lean to the best clients", () => {
    const revenue = (id: string) => byId.get(id)![at("Revenue")] as number;
    const all = book.rows.map((r) => r[at("Revenue")] as number).sort((a, b) => a - b);
    const median = all[all.length >> 1];
    const above = book.introductions.filter((i) => revenue(i.introducerId) > median).length;
    expect(above / book.introductions.length).toBeGreaterThan(0.7);
  });
});
