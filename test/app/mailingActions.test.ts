import { logMailingSent, mailingFor } from "../../src/app/mailingActions";
import { DEFAULT_SETTINGS } from "../../src/core/book/settings";
import { mailingCsv, recipientName } from "../../src/core/today/mailing";
import { buildToday } from "../../src/core/today/today";
import type { WorkbookPort } from "../../src/workbook/workbookPort";
import { AS_OF } from "../fixtures/smallBook";
import { householdWorkbook, loaded, smallWorkbook } from "./bookSession";

/** The B tier by e-mail: Chen and Dutta are overdue, so due for the e-mail. */
const settings = {
  ...DEFAULT_SETTINGS,
  me: "Dana",
  tiers: [
    DEFAULT_SETTINGS.tiers[0],
    { tier: "B", days: 180, channel: "E-mail", responsible: "Team" },
    DEFAULT_SETTINGS.tiers[2],
  ],
};

/** Counts the port's calls by method name. */
function counted(port: WorkbookPort): { port: WorkbookPort; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(port, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.set(String(name), (calls.get(String(name)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
  return { port: proxy, calls };
}

describe("a mailing", () => {
  test("lists who is due with their addresses, and leaves them off the calls", async () => {
    const book = await loaded(await smallWorkbook({ settings }));
    const mailing = mailingFor(book, "e-mail", AS_OF);
    expect(mailing.recipients.map((r) => r.client.name)).toEqual(["Dutta", "Chen"]);
    const today = buildToday(book.clients, book.settings, AS_OF);
    expect(today.mine.calls.map((i) => i.client.name)).not.toContain("Chen");
    expect(mailingCsv(mailing).split("\r\n")).toEqual([
      "Client ID,Name,Email,Address,Owner,Tier,Last contact",
      "C-4,Dutta,,,Lee,B,2025-11-20",
      "C-3,Chen,chen@example.com,,Dana,B,2026-05-11",
      "",
    ]);
  });

  test("logged as sent for everyone in one batch: a log row each, every last contact moved", async () => {
    const workbook = await smallWorkbook({ settings });
    const book = await loaded(workbook);
    const { port, calls } = counted(workbook);
    const mailing = mailingFor(book, "e-mail", AS_OF);
    const { result, book: after, logged } = await logMailingSent(port, book, mailing, AS_OF, "Pat");
    expect(result).toEqual({ ok: true });
    expect(logged).toBe(2);
    expect(Object.fromEntries(calls)).toEqual({ appendAndUpdate: 1 });
    const log = workbook.tables.get("ContactLog")!.rows;
    expect(log.map((r) => [r[1], r[3], r[4], r[10]])).toEqual([
      ["C-4", "Pat", "email", "sent"],
      ["C-3", "Pat", "email", "sent"],
    ]);
    const rows = workbook.tables.get("Clients")!.rows;
    expect(rows.filter((r) => r[6] === AS_OF).map((r) => r[0])).toEqual(["C-3", "C-4"]);
    expect(mailingFor(after, "e-mail", AS_OF).recipients).toEqual([]);
    expect(after.clients).toEqual((await loaded(workbook)).clients);
  });

  test("a client deleted meanwhile refuses the whole batch: nothing is written", async () => {
    const workbook = await smallWorkbook({ settings });
    const book = await loaded(workbook);
    workbook.tables.get("Clients")!.rows.splice(3, 1); // Dutta
    const { result } = await logMailingSent(
      workbook,
      book,
      mailingFor(book, "e-mail", AS_OF),
      AS_OF,
      "Pat"
    );
    expect(result.ok).toBe(false);
    expect(workbook.tables.has("ContactLog")).toBe(false);
  });
});

describe("a mailing by household", () => {
  // The C tier by newsletter every 90 days: the Bakers (one household), Dutta and Evans are due.
  const byNewsletter = {
    ...DEFAULT_SETTINGS,
    me: "Dana",
    tiers: [
      ...DEFAULT_SETTINGS.tiers.slice(0, 2),
      { tier: "C", days: 90, channel: "Newsletter", responsible: "Team" },
    ],
  };

  test("one letter a family, named for it; every member logged as sent", async () => {
    const workbook = await householdWorkbook(byNewsletter);
    const book = await loaded(workbook);
    const mailing = mailingFor(book, "newsletter", AS_OF);
    expect(mailing.recipients.map(recipientName)).toEqual([
      "Eve Evans",
      "Dev Dutta",
      "The Baker household: Ben, Cora",
    ]);
    expect(mailingCsv(mailing).split("\r\n")[3]).toBe(
      'H-4,"The Baker household: Ben, Cora",,,Dana,C,2026-05-01'
    );
    const { result, logged } = await logMailingSent(workbook, book, mailing, AS_OF, "Pat");
    expect(result).toEqual({ ok: true });
    expect(logged).toBe(4);
    const log = workbook.tables.get("ContactLog")!.rows.map((r) => r[1]);
    expect(log).toEqual(expect.arrayContaining(["H-4", "H-5", "H-6", "H-7"]));
  });
});
