import { guessMapping } from "../../../src/core/book/clientFields";
import { scoreBook } from "../../../src/core/book/clientBook";
import { readClientRows } from "../../../src/core/book/clientRows";
import { lastContactText, reasonText } from "../../../src/core/today/reasonText";
import { DEFAULT_SETTINGS, type RotationSettings } from "../../../src/core/book/settings";
import { buildToday } from "../../../src/core/today/today";
import { AS_OF, d, HEADERS, ROWS } from "../../fixtures/smallBook";

function book(settings: RotationSettings = DEFAULT_SETTINGS, log = []) {
  const { clients } = readClientRows(
    { headers: HEADERS, rows: ROWS, firstRowNumber: 2 },
    guessMapping(HEADERS),
    new Set(["A", "B", "C"])
  );
  return scoreBook(clients, settings, log);
}

describe("the scored book", () => {
  test("tiers by ABC on revenue, a typed tier wins", () => {
    const clients = book();
    expect(clients.map((c) => [c.id, c.computedTier, c.tier])).toEqual([
      // Cumulative revenue shares: 0.54, 0.78, 0.88, 0.92, 0.96, 0.98, 1.
      ["C-1", "A", "A"],
      ["C-2", "A", "A"],
      ["C-3", "B", "B"],
      ["C-4", "B", "B"],
      ["C-5", "C", "C"],
      ["C-6", "C", "A"],
      ["C-7", "C", "C"],
    ]);
  });

  test("scores rank the criteria within the book with the settings' weights", () => {
    const clients = book();
    // Ames: revenue rank 1, products 1, strategic 5/6 (Fox has a 5 too).
    expect(clients[0].score).toBeCloseTo((100 * (1 + 1 + 5 / 6)) / 3, 10);
    const revenueOnly = book({ ...DEFAULT_SETTINGS, weights: { products: 0, strategic: 0 } });
    [6, 5, 4, 3, 2, 1, 0].forEach((rank, i) =>
      expect(revenueOnly[i].score).toBeCloseTo((100 * rank) / 6, 10)
    );
  });

  test("a snooze in the log keeps a client off the list until it ends", () => {
    const log = [
      {
        date: AS_OF,
        clientId: "C-6",
        clientName: "Fox",
        who: "Dana",
        channel: "snooze" as const,
        direction: "outbound" as const,
        minutes: null,
        notes: "",
        followUp: "",
        snoozedUntil: AS_OF + 3,
      },
    ];
    expect(book(DEFAULT_SETTINGS, log as never).find((c) => c.id === "C-6")?.snoozedUntil).toBe(
      AS_OF + 3
    );
  });
});

describe("today", () => {
  const settings = { ...DEFAULT_SETTINGS, me: "dana", capacityMinutes: 30 };

  test("my calls, most important first, sized to the hour, with the why in words", () => {
    const today = buildToday(book(settings), settings, AS_OF);
    expect(today.mine.calls.map((i) => [i.client.name, i.why, i.urgency])).toEqual([
      ["Fox", ["203 days overdue"], "overdue"],
      ["Ames", ["birthday Thursday (turns 65)", "21 days overdue"], "overdue"],
      ["Chen", ["10 years as a client Wednesday", "14 days overdue"], "overdue"],
    ]);
    expect(today.mine.plannedMinutes).toBe(30);
    expect(today.mine.waiting).toEqual([]);
    expect(today.mine.calls[1]).toMatchObject({
      lastContact: "3 Aug 2026 (112 days ago)",
      policy: { channel: "Personal call" },
    });
    expect(today.mine.calls[1].client.record.followUp).toBe("ask how the recital went");
  });

  test("cards, welcome calls and the team's lists", () => {
    const today = buildToday(book(settings), settings, AS_OF);
    expect(today.cards.map((i) => i.client.name)).toEqual(["Ames", "Chen"]);
    // Evans is Lee's new client: the welcome call is Lee's, not mine.
    expect(today.welcomes).toEqual([]);
    expect(today.team.map((l) => [l.owner, l.calls.map((i) => i.client.name)])).toEqual([
      ["Lee", ["Evans", "Dutta"]],
    ]);
    expect(today.team[0].welcomes.map((i) => [i.client.name, i.why])).toEqual([
      ["Evans", ["new client: welcome call"]],
    ]);
  });

  test("a client called today leaves the call list but its card stays", () => {
    const clients = book(settings).map((c) => (c.id === "C-1" ? { ...c, lastContact: AS_OF } : c));
    const today = buildToday(clients, settings, AS_OF);
    expect(today.mine.calls.map((i) => i.client.name)).not.toContain("Ames");
    expect(today.cards.map((i) => i.client.name)).toEqual(["Ames", "Chen"]);
  });

  test("without a name in the settings, the hour covers the whole book", () => {
    const today = buildToday(book(), DEFAULT_SETTINGS, AS_OF);
    expect(today.mine.calls.map((i) => i.client.name)).toEqual([
      "Fox",
      "Ames",
      "Evans",
      "Chen",
      "Dutta",
    ]);
    expect(today.team).toEqual([]);
  });
});

describe("reasons in words", () => {
  test.each([
    [{ kind: "overdue", days: 1 }, "1 day overdue"],
    [{ kind: "due-today" }, "due today"],
    [{ kind: "due-soon", inDays: 1 }, "due tomorrow"],
    [{ kind: "due-soon", inDays: 9 }, "due 2 Dec 2026"],
    [{ kind: "never-contacted" }, "never contacted"],
    [{ kind: "anniversary", on: AS_OF, inDays: 0, years: 1 }, "1 year as a client today"],
  ])("%j", (reason, text) => {
    expect(reasonText(reason as never, AS_OF)).toBe(text);
  });

  test("last contact", () => {
    expect(lastContactText(null, AS_OF)).toBe("never");
    expect(lastContactText(AS_OF - 1, AS_OF)).toBe("yesterday");
    expect(lastContactText(d("2026-03-12"), AS_OF)).toBe("12 Mar 2026 (256 days ago)");
    // Never a negative age: a book read with an earlier --date than its last contacts.
    expect(lastContactText(AS_OF + 142, AS_OF)).toMatch(/^\d+ \w+ \d{4} \(after the as-of date\)$/);
  });
});
