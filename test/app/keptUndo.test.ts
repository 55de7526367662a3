import { logContact } from "../../src/app/contactActions";
import {
  dropUndoRecord,
  keepUndoRecord,
  UNDO_SETTING,
  undoNeedsRecord,
  withKeptUndo,
} from "../../src/app/keptUndo";
import { undoLastContact } from "../../src/app/undoActions";
import { AS_OF } from "../fixtures/smallBook";
import { loaded, smallWorkbook } from "./bookSession";

const draft = {
  date: AS_OF,
  who: "Dana",
  channel: "call" as const,
  direction: "outbound" as const,
  minutes: 10,
  notes: "=SUM(1,2) said as text",
  followUp: "",
  outcome: "reached" as const,
};

async function loggedOnce(port: Awaited<ReturnType<typeof smallWorkbook>>) {
  const book = await loaded(port);
  const client = book.clients.find((c) => c.lastContact !== null && c.lastContact < AS_OF - 30)!;
  const { book: after } = await logContact(port, book, client, draft);
  await keepUndoRecord(port, after.undo!);
  return { client, fresh: await loaded(port) };
}

describe("the undo record kept in the workbook", () => {
  test("a fresh read finds it for the client's last contact and undo uses it", async () => {
    const port = await smallWorkbook();
    const { client, fresh } = await loggedOnce(port);
    const book = await withKeptUndo(port, fresh);
    expect(book.undo?.clientId).toBe(client.id);
    expect(book.undo?.lastContact).toBe(client.record.lastContact);
    const { result, book: undone } = await undoLastContact(port, book, client);
    expect(result).toEqual({ ok: true });
    expect(undone.clients.find((c) => c.id === client.id)!.record.lastContact).toBe(
      client.record.lastContact
    );
    await dropUndoRecord(port);
    expect((await withKeptUndo(port, await loaded(port))).undo ?? null).toBeNull();
  });

  test("a record for a contact no longer in the log, or not a record at all, is ignored", async () => {
    const port = await smallWorkbook();
    const { fresh } = await loggedOnce(port);
    const kept = JSON.parse((await port.loadSetting(UNDO_SETTING))!);
    for (const text of [
      JSON.stringify({ ...kept, entry: kept.entry.replace("SUM", "MAX") }),
      JSON.stringify({ ...kept, state: [{ clientId: 7 }] }),
      "{not json",
      "[]",
    ]) {
      await port.saveSetting(UNDO_SETTING, text);
      expect((await withKeptUndo(port, fresh)).undo ?? null).toBeNull();
    }
  });

  test("kept only where the log cannot say what the row held", async () => {
    const port = await smallWorkbook();
    const before = await loaded(port);
    const client = before.clients.find(
      (c) => c.lastContact !== null && c.lastContact < AS_OF - 30
    )!;
    // The first contact logged: the typed last contact is in no log.
    const first = await logContact(port, before, client, {
      ...draft,
      date: AS_OF - 7,
      followUp: "call back about the loan",
    });
    expect(undoNeedsRecord(before, first.book.undo!)).toBe(true);
    // The next one: the log gives the row as it was, so nothing need be kept.
    const second = await logContact(port, first.book, client, draft);
    expect(undoNeedsRecord(first.book, second.book.undo!)).toBe(false);
    // The client object is from before the first contact: undo of the second still goes back to
    // the first, not to the row as it was before both.
    const { book: undone } = await undoLastContact(port, second.book, client);
    expect(undone.clients.find((c) => c.id === client.id)!.record.lastContact).toBe(AS_OF - 7);
    expect((await loaded(port)).clients.find((c) => c.id === client.id)!.record.followUp).toBe(
      "call back about the loan"
    );
  });
});
