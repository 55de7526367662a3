import { logContact } from "../../src/app/contactActions";
import { undoLastContact } from "../../src/app/undoActions";
import { AS_OF } from "../fixtures/smallBook";
import { loaded, smallWorkbook } from "./bookSession";

const draft = {
  date: AS_OF,
  who: "Dana",
  channel: "call" as const,
  direction: "outbound" as const,
  minutes: 10,
  notes: "talked",
  followUp: "ask about the Alaska photos",
  outcome: "reached" as const,
};

const ames = (book: Awaited<ReturnType<typeof loaded>>) =>
  book.clients.find((c) => c.id === "C-1")!;

describe("undo of the last contact", () => {
  test("restores the previous last contact and follow-up and removes the log row", async () => {
    const port = await smallWorkbook();
    const before = await loaded(port);
    const { book: first } = await logContact(port, before, ames(before), {
      ...draft,
      date: AS_OF - 1,
      notes: "first",
    });
    const { book } = await logContact(port, first, ames(first), draft);
    const { result, book: after, undone } = await undoLastContact(port, book, ames(book));
    expect(result).toEqual({ ok: true });
    expect(undone?.notes).toBe("talked");
    const log = port.tables.get("ContactLog")!.rows;
    expect(log.map((r) => r[7])).toEqual(["first"]);
    const row = port.tables.get("Clients")!.rows.find((r) => r[0] === "C-1")!;
    expect(row[6]).toBe(AS_OF - 1);
    expect(row[12]).toBe("ask about the Alaska photos");
    expect(after.clients).toEqual((await loaded(port)).clients);
  });

  test("an undo straight after logging puts back exactly what was typed before", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const original = ames(book);
    const { book: logged } = await logContact(port, book, original, draft);
    await undoLastContact(port, logged, ames(logged));
    const row = port.tables.get("Clients")!.rows.find((r) => r[0] === "C-1")!;
    expect([row[6], row[12]]).toEqual([original.lastContact, "ask how the recital went"]);
    expect(port.tables.get("ContactLog")!.rows).toEqual([]);
  });

  test("after a reload, the previous state is replayed from the log; a sorted log still finds the row", async () => {
    const port = await smallWorkbook();
    let book = await loaded(port);
    ({ book } = await logContact(port, book, ames(book), {
      ...draft,
      date: AS_OF - 3,
      followUp: "old",
    }));
    ({ book } = await logContact(
      port,
      book,
      book.clients.find((c) => c.id === "C-3")!,
      draft
    ));
    ({ book } = await logContact(port, book, ames(book), draft));
    port.tables.get("ContactLog")!.rows.reverse();
    const fresh = await loaded(port);
    const { result } = await undoLastContact(port, fresh, ames(fresh));
    expect(result).toEqual({ ok: true });
    const row = port.tables.get("Clients")!.rows.find((r) => r[0] === "C-1")!;
    expect([row[6], row[12]]).toEqual([AS_OF - 3, "old"]);
    expect(port.tables.get("ContactLog")!.rows.map((r) => [r[1], r[0]])).toEqual([
      ["C-3", AS_OF],
      ["C-1", AS_OF - 3],
    ]);
  });

  test("an inbound contact's undo removes its row and leaves the client's row alone", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const { book: logged } = await logContact(port, book, ames(book), {
      ...draft,
      direction: "inbound",
    });
    const { result } = await undoLastContact(port, logged, ames(logged));
    expect(result).toEqual({ ok: true });
    expect(port.tables.get("ContactLog")!.rows).toEqual([]);
    expect(port.tables.get("Clients")!.rows[0][6]).toBe(ames(book).lastContact);
  });

  test("nothing logged: refused with a message", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    expect((await undoLastContact(port, book, ames(book))).result).toEqual({
      ok: false,
      message: "Nothing is logged for Ames to undo.",
    });
  });
});
