import type { BookClient } from "../../../src/core/book/clientBook";
import { CRITERIA } from "../../../src/core/book/clientFields";
import { DEFAULT_SETTINGS } from "../../../src/core/book/settings";
import { twelveDaysPick } from "../../../src/core/reviews/twelveDaysPick";

/** A client with revenue and profitability only. */
function client(id: string, owner: string, revenue: number, profitability: number): BookClient {
  const criteria = CRITERIA.map((f) =>
    f === "revenue" ? revenue : f === "profitability" ? profitability : null
  );
  return { id, name: id, owner, record: { criteria } } as unknown as BookClient;
}

describe("twelve days: whose, and in which order", () => {
  const book = [
    client("Big revenue", "Dana", 100, 1),
    client("Profitable", "Dana", 50, 9),
    client("Lee's best", "Lee", 200, 10),
  ];

  test("profitability first by default; my clients only", () => {
    const days = twelveDaysPick(book, { ...DEFAULT_SETTINGS, me: "Dana" }, 46000);
    expect(days.map((d) => d.client.id)).toEqual(["Profitable", "Big revenue"]);
  });

  test("the firm as an option; the settings' own weights win", () => {
    const firm = twelveDaysPick(book, { ...DEFAULT_SETTINGS, me: "Dana" }, 46000, "firm");
    expect(firm.map((d) => d.client.id)).toEqual(["Lee's best", "Profitable", "Big revenue"]);
    const revenueOnly = twelveDaysPick(
      book,
      { ...DEFAULT_SETTINGS, me: "Dana", weights: { profitability: 0 } },
      46000
    );
    expect(revenueOnly.map((d) => d.client.id)).toEqual(["Big revenue", "Profitable"]);
  });
});
