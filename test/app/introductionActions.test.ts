import { bookCoverage } from "../../src/app/coverageActions";
import { logIntroduction } from "../../src/app/introductionActions";
import { loadBook, type LoadedBook } from "../../src/app/loadBook";
import { buildToday } from "../../src/core/today/today";
import { loaded, smallWorkbook } from "./bookSession";
import { AS_OF } from "../fixtures/smallBook";

const reload = async (port: Parameters<typeof loadBook>[0]): Promise<LoadedBook> => loaded(port);

describe("logging an introduction", () => {
  test("a new name: a row in the Introductions table, made on first use, read back on load", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const { result, book: after } = await logIntroduction(port, book, {
      date: AS_OF - 3,
      introducerId: "C-1",
      introduced: "Ana Ruiz",
      result: "not yet",
    });
    expect(result).toEqual({ ok: true });
    const table = port.tables.get("Introductions")!;
    expect(table.sheet).toBe("Introductions");
    expect(table.rows).toEqual([[AS_OF - 3, "C-1", "Ames", "", "Ana Ruiz", "not yet"]]);
    expect((await reload(port)).introductions).toEqual(after.introductions);
  });

  test("an existing client introduced is named by ID; the card and the welcome call show it", async () => {
    const port = await smallWorkbook();
    let book = await loaded(port);
    // Evans (C-5) became a client on 18 November and was never contacted: a welcome call.
    ({ book } = await logIntroduction(port, book, {
      date: AS_OF - 6,
      introducerId: "C-1",
      introduced: "C-5",
      result: "became a client",
    }));
    expect(book.introductions[0]).toMatchObject({ introducedId: "C-5", introducedName: "Evans" });
    const view = buildToday(book.clients, book.settings, AS_OF, book.introductions);
    const all = [
      ...view.mine.calls,
      ...view.mine.waiting,
      ...view.welcomes,
      ...view.team.flatMap((t) => [...t.calls, ...t.welcomes]),
    ];
    const evans = all.find((i) => i.client.id === "C-5")!;
    expect(evans.why).toContain("new client: welcome call: thank Ames for the introduction");
    expect(evans.introductions).toEqual(["introduced by Ames (17 Nov 2026, became a client)"]);
    const coverage = bookCoverage(book, AS_OF);
    expect(coverage.introductions?.byYear).toEqual([{ year: 2026, made: 1, becameClients: 1 }]);
    expect(coverage.introductions?.byTier.find((t) => t.tier === "A")).toEqual({
      tier: "A",
      made: 1,
      becameClients: 1,
    });
  });

  test("an introducer who is not a client, or nobody introduced, is refused and nothing written", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const unknown = await logIntroduction(port, book, {
      date: AS_OF,
      introducerId: "C-99",
      introduced: "Ana",
      result: "no",
    });
    expect(unknown.result).toEqual({ ok: false, message: 'No client with ID "C-99" made it' });
    const blank = await logIntroduction(port, book, {
      date: AS_OF,
      introducerId: "C-1",
      introduced: " ",
      result: "no",
    });
    expect(blank.result.ok).toBe(false);
    expect(port.tables.get("Introductions")).toBeUndefined();
  });
});
