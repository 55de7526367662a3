import { logContact } from "../../src/app/contactActions";
import { undoLastContact } from "../../src/app/undoActions";
import { loadBook, type LoadedBook } from "../../src/app/loadBook";
import { confirmMapping, createSettingsSheet } from "../../src/app/setupActions";
import { guessMapping } from "../../src/core/book/clientFields";
import { DEFAULT_SETTINGS, type RotationSettings } from "../../src/core/book/settings";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import {
  AS_OF,
  HOUSEHOLD_DATE_COLUMNS,
  HOUSEHOLD_HEADERS,
  HOUSEHOLD_ROWS,
  d,
} from "../fixtures/householdBook";

async function householdWorkbook(
  settings: RotationSettings = { ...DEFAULT_SETTINGS, me: "Dana" },
  rows = HOUSEHOLD_ROWS
) {
  const port = new MemoryWorkbook();
  await port.createTable("Book", "Clients", HOUSEHOLD_HEADERS, rows, HOUSEHOLD_DATE_COLUMNS);
  await createSettingsSheet(port, settings);
  await confirmMapping(port, "Clients", guessMapping(HOUSEHOLD_HEADERS));
  return port;
}

async function loaded(port: MemoryWorkbook): Promise<LoadedBook> {
  const book = await loadBook(port);
  if (book.state !== "loaded") throw new Error("no client table found");
  return book;
}

const draft = {
  date: AS_OF,
  who: "Dana",
  channel: "call" as const,
  direction: "outbound" as const,
  minutes: 15,
  notes: "talked about the move",
  followUp: "send the moving checklist",
  outcome: "reached" as const,
};

const LAST = HOUSEHOLD_HEADERS.indexOf("Last contact");
const FOLLOW_UP = HOUSEHOLD_HEADERS.indexOf("Follow-up");
const row = (port: MemoryWorkbook, id: string) =>
  port.tables.get("Clients")!.rows.find((r) => r[0] === id)!;
const byId = (book: LoadedBook, id: string) => book.clients.find((c) => c.id === id)!;

/** A fresh workbook of these rows with one contact logged for the client. */
async function replay(rows: (string | number)[][], id: string): Promise<MemoryWorkbook> {
  const port = await householdWorkbook(undefined, rows);
  const book = await loaded(port);
  await logContact(port, book, byId(book, id), draft);
  return port;
}

describe("a household contact", () => {
  test("moves every member's last contact; the log records the member reached", async () => {
    const port = await householdWorkbook();
    const book = await loaded(port);
    const { result, book: after } = await logContact(port, book, byId(book, "H-2"), draft);
    expect(result).toEqual({ ok: true });
    expect(port.tables.get("ContactLog")!.rows.map((r) => [r[1], r[2]])).toEqual([
      ["H-2", "Tom Lopez"],
    ]);
    expect([row(port, "H-1")[LAST], row(port, "H-2")[LAST]]).toEqual([AS_OF, AS_OF]);
    // The follow-up is the reached member's; Maria keeps hers.
    expect(row(port, "H-2")[FOLLOW_UP]).toBe("send the moving checklist");
    expect(row(port, "H-1")[FOLLOW_UP]).toBe("ask about the new house");
    expect(after.clients.map((c) => [c.id, c.lastContact])).toEqual(
      (await loaded(port)).clients.map((c) => [c.id, c.lastContact])
    );
  });

  test("undo straight after puts back every member exactly", async () => {
    const port = await householdWorkbook();
    const book = await loaded(port);
    const before = HOUSEHOLD_ROWS.map((r) => [...r]);
    const { book: logged } = await logContact(port, book, byId(book, "H-1"), draft);
    const { result, book: undone } = await undoLastContact(port, logged, byId(logged, "H-1"));
    expect(result).toEqual({ ok: true });
    expect(port.tables.get("ContactLog")!.rows).toEqual([]);
    for (const id of ["H-1", "H-2"]) expect(row(port, id)).toEqual(before.find((r) => r[0] === id));
    expect(undone.clients.map((c) => [c.id, c.lastContact, c.record.followUp])).toEqual(
      (await loaded(port)).clients.map((c) => [c.id, c.lastContact, c.record.followUp])
    );
  });

  test("members last reached on different days: undo puts back each row's own day", async () => {
    // Tom was reached on 2 November; Maria's row still says 1 June.
    const rows = HOUSEHOLD_ROWS.map((r) =>
      r[0] === "H-2" ? r.map((v, j) => (j === LAST ? d("2026-11-02") : v)) : [...r]
    );
    const port = await householdWorkbook(undefined, rows);
    const book = await loaded(port);
    const { book: logged } = await logContact(port, book, byId(book, "H-1"), draft);
    expect([row(port, "H-1")[LAST], row(port, "H-2")[LAST]]).toEqual([AS_OF, AS_OF]);
    const { book: undone } = await undoLastContact(port, logged, byId(logged, "H-1"));
    for (const id of ["H-1", "H-2"]) expect(row(port, id)).toEqual(rows.find((r) => r[0] === id));
    const fresh = await loaded(port);
    expect(undone.clients.map((c) => [c.id, c.lastContact, c.record.lastContact])).toEqual(
      fresh.clients.map((c) => [c.id, c.lastContact, c.record.lastContact])
    );
    expect(logged.clients.map((c) => [c.id, c.lastContact, c.record.lastContact])).toEqual(
      (await loaded(await replay(rows, "H-1"))).clients.map((c) => [
        c.id,
        c.lastContact,
        c.record.lastContact,
      ])
    );
  });

  test("undo after a reload replays the family's log: the earlier contact with Tom stands", async () => {
    const port = await householdWorkbook();
    let book = await loaded(port);
    ({ book } = await logContact(port, book, byId(book, "H-2"), { ...draft, date: AS_OF - 7 }));
    ({ book } = await logContact(port, book, byId(book, "H-1"), draft));
    expect([row(port, "H-1")[LAST], row(port, "H-2")[LAST]]).toEqual([AS_OF, AS_OF]);
    const fresh = await loaded(port);
    const { result } = await undoLastContact(port, fresh, byId(fresh, "H-1"));
    expect(result).toEqual({ ok: true });
    expect([row(port, "H-1")[LAST], row(port, "H-2")[LAST]]).toEqual([AS_OF - 7, AS_OF - 7]);
  });

  test("with rotation by household off, only the member reached moves", async () => {
    const port = await householdWorkbook({ ...DEFAULT_SETTINGS, me: "Dana", households: "off" });
    const book = await loaded(port);
    await logContact(port, book, byId(book, "H-1"), draft);
    expect(row(port, "H-1")[LAST]).toBe(AS_OF);
    expect(row(port, "H-2")[LAST]).toBe(HOUSEHOLD_ROWS[1][LAST]);
  });
});
