import { logContact, snooze } from "../../src/app/contactActions";
import { addClientIds } from "../../src/app/setupActions";
import { buildToday } from "../../src/core/today/today";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { AS_OF } from "../fixtures/smallBook";
import { loaded, smallWorkbook } from "./bookSession";

const OLD_HEADERS = [
  "Date",
  "Client ID",
  "Client",
  "Who",
  "Channel",
  "Direction",
  "Minutes",
  "Notes",
  "Follow-up",
  "Snoozed until",
];

const draft = {
  date: AS_OF,
  who: "Dana",
  channel: "call" as const,
  direction: "outbound" as const,
  minutes: 12,
  notes: "=Recital went well; +1 for the new job",
  followUp: "@ ask about the Alaska photos",
};

describe("logging a contact", () => {
  test("notes or a follow-up longer than a cell holds (32,767) are refused, nothing written", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const fits = await logContact(port, book, ames, { ...draft, notes: "n".repeat(32_767) });
    expect(fits.result).toEqual({ ok: true });
    const rows = port.tables.get("ContactLog")!.rows.length;
    for (const long of [{ notes: "n".repeat(120_000) }, { followUp: "f".repeat(32_768) }]) {
      const { result, book: after } = await logContact(port, fits.book, ames, {
        ...draft,
        ...long,
      });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(/characters long; a cell holds at most 32,767/);
      expect(after).toBe(fits.book);
    }
    expect(port.tables.get("ContactLog")!.rows.length).toBe(rows);
  });

  test("appends to the Contact Log, moves the last contact and follow-up, and the client leaves today's list", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const { result, book: after } = await logContact(port, book, ames, draft);
    expect(result).toEqual({ ok: true });
    const log = port.tables.get("ContactLog")!;
    expect(log.rows).toEqual([
      [AS_OF, "C-1", "Ames", "Dana", "call", "outbound", 12, draft.notes, draft.followUp, "", ""],
    ]);
    expect(log.formats.get("0,7")).toBe("@");
    const row = port.tables.get("Clients")!.rows.find((r) => r[0] === "C-1")!;
    expect(row[6]).toBe(AS_OF);
    expect(row[12]).toBe(draft.followUp);
    const names = buildToday(after.clients, after.settings, AS_OF).mine.calls.map(
      (i) => i.client.name
    );
    expect(names).not.toContain("Ames");
    // What the pane shows matches what a fresh read of the workbook gives.
    expect(
      buildToday((await loaded(port)).clients, after.settings, AS_OF).mine.calls.map(
        (i) => i.client.name
      )
    ).toEqual(names);
    expect(after.clients).toEqual((await loaded(port)).clients);
  });

  test("a proactive contact with a blank follow-up keeps the follow-up on record", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const { book: after } = await logContact(port, book, ames, { ...draft, followUp: "  " });
    const row = port.tables.get("Clients")!.rows.find((r) => r[0] === "C-1")!;
    expect(row[6]).toBe(AS_OF);
    expect(row[12]).toBe("ask how the recital went");
    expect(after.clients.find((c) => c.id === "C-1")!.record.followUp).toBe(
      "ask how the recital went"
    );
  });

  test("clearing the follow-up is explicit", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const { book: after } = await logContact(
      port,
      book,
      ames,
      { ...draft, followUp: "" },
      { clearFollowUp: true }
    );
    expect(port.tables.get("Clients")!.rows.find((r) => r[0] === "C-1")![12]).toBe("");
    expect(after.clients.find((c) => c.id === "C-1")!.record.followUp).toBe("");
  });

  test("an unanswered call is kept as a try: the rotation stays, the client returns on a retry day", async () => {
    const port = await smallWorkbook();
    let book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    ({ book } = await logContact(port, book, ames, {
      ...draft,
      outcome: "no answer",
      date: AS_OF - 2,
    }));
    ({ book } = await logContact(
      port,
      book,
      book.clients.find((c) => c.id === "C-1")!,
      {
        ...draft,
        outcome: "left a message",
      }
    ));
    const row = port.tables.get("Clients")!.rows.find((r) => r[0] === "C-1")!;
    expect(row[6]).toBe(ames.lastContact);
    expect(row[12]).toBe("ask how the recital went");
    expect(port.tables.get("ContactLog")!.rows.map((r) => r[10])).toEqual([
      "no answer",
      "left a message",
    ]);
    const after = book.clients.find((c) => c.id === "C-1")!;
    expect(after.history.attempts).toEqual([AS_OF - 2, AS_OF]);
    // Monday's try: back on Wednesday.
    expect(after.snoozedUntil).toBe(AS_OF + 2);
    const today = buildToday(book.clients, book.settings, AS_OF + 2);
    const item = today.mine.calls.find((i) => i.client.id === "C-1")!;
    expect(item.tries).toBe("2 tries: 21 Nov, 23 Nov");
    expect(book.clients).toEqual((await loaded(port)).clients);
  });

  test("a card sent to a personal-call client is logged but does not reset the rotation", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    await logContact(port, book, ames, { ...draft, channel: "card", outcome: "sent" });
    expect(port.tables.get("Clients")!.rows[0][6]).toBe(ames.lastContact);
  });

  test("a Contact Log written before outcomes gets the Outcome column; its old rows stay blank", async () => {
    const port = await smallWorkbook();
    const old = [AS_OF - 9, "C-2", "Baker", "Dana", "call", "outbound", 5, "hi", "", ""];
    await port.createTable("Contact Log", "ContactLog", OLD_HEADERS, [old], [0, 9]);
    const book = await loaded(port);
    expect(book.log[0].outcome).toBeNull();
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const { result } = await logContact(port, book, ames, { ...draft, outcome: "reached" });
    expect(result).toEqual({ ok: true });
    const log = port.tables.get("ContactLog")!;
    expect(log.headers.at(-1)).toBe("Outcome");
    expect(log.rows.map((r) => r[10])).toEqual(["", "reached"]);
    expect(port.tables.get("Clients")!.rows[0][6]).toBe(AS_OF);
  });

  test("an inbound contact is logged but does not reset the rotation", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    await logContact(port, book, ames, { ...draft, direction: "inbound" });
    expect(port.tables.get("ContactLog")!.rows).toHaveLength(1);
    expect(port.tables.get("Clients")!.rows[0][6]).toBe(ames.lastContact);
  });

  test("the log is appended, never overwritten", async () => {
    const port = await smallWorkbook();
    let book = await loaded(port);
    for (const id of ["C-1", "C-3"])
      ({ book } = await logContact(
        port,
        book,
        book.clients.find((c) => c.id === id)!,
        draft
      ));
    expect(port.tables.get("ContactLog")!.rows.map((r) => r[1])).toEqual(["C-1", "C-3"]);
  });

  test("a client deleted since the last read is refused and nothing is written", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    port.tables.get("Clients")!.rows.splice(0, 1);
    const { result } = await logContact(port, book, book.clients[0], draft);
    expect(result).toEqual({
      ok: false,
      message:
        'Client C-1 is no longer in the table "Clients" (deleted, or its ID changed). Nothing was written.',
    });
    expect(port.tables.has("ContactLog")).toBe(false);
  });

  test("a table sorted since the last read still updates the right client", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    port.tables.get("Clients")!.rows.reverse();
    await logContact(
      port,
      book,
      book.clients.find((c) => c.id === "C-3")!,
      draft
    );
    const rows = port.tables.get("Clients")!.rows;
    expect(rows.find((r) => r[0] === "C-3")![6]).toBe(AS_OF);
    expect(rows.filter((r) => r[6] === AS_OF)).toHaveLength(1);
  });

  test("snoozing hides the client until the chosen day without counting as contact", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const fox = book.clients.find((c) => c.id === "C-6")!;
    const { book: after } = await snooze(port, book, fox, AS_OF + 3, AS_OF, "Dana");
    expect(port.tables.get("ContactLog")!.rows[0]).toEqual([
      AS_OF,
      "C-6",
      "Fox",
      "Dana",
      "snooze",
      "outbound",
      "",
      "",
      "",
      AS_OF + 3,
      "",
    ]);
    expect(port.tables.get("Clients")!.rows.find((r) => r[0] === "C-6")![6]).toBe(fox.lastContact);
    expect(
      buildToday(after.clients, after.settings, AS_OF).mine.calls.map((i) => i.client.name)
    ).not.toContain("Fox");
    expect(
      buildToday(after.clients, after.settings, AS_OF + 3).mine.calls.map((i) => i.client.name)
    ).toContain("Fox");
    expect(after.clients).toEqual((await loaded(port)).clients);
  });

  test("a table without client IDs gets stable ones, and then contacts can be logged", async () => {
    const port = new MemoryWorkbook();
    await port.createTable(
      "Book",
      "Clients",
      ["Client", "Tier", "Last contact"],
      [
        ["Ames", "A", 46000],
        ["Baker", "B", 46100],
      ],
      [2]
    );
    const book = await loaded(port);
    expect((await logContact(port, book, book.clients[0], draft)).result.ok).toBe(false);
    expect(await addClientIds(port, book)).toEqual({ ok: true });
    expect(port.tables.get("Clients")!.rows.map((r) => r[3])).toEqual(["C-0001", "C-0002"]);
    const again = await loaded(port);
    expect(again.mapping.id).toBe("Client ID");
    expect((await logContact(port, again, again.clients[0], draft)).result).toEqual({ ok: true });
  });
});
