import { logAppend, logContact } from "../../src/app/contactActions";
import { insertSample, SAMPLE_TABLE } from "../../src/app/setupActions";
import {
  CONTACT_LOG_SHEET,
  CONTACT_LOG_TABLE,
  CONTACT_LOG_TEXT_COLUMNS,
  contactLogRow,
  type ContactEntry,
} from "../../src/core/book/contactLog";
import { SAMPLE_HEADERS, SAMPLE_SIZE, sampleBook } from "../../src/core/sample/sampleBook";
import { buildToday } from "../../src/core/today/today";
import { seedPreview } from "../../src/taskpane/sampleStart";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { AS_OF } from "../fixtures/smallBook";
import { loaded } from "./bookSession";

describe("inserting the sample", () => {
  test("makes the client table and its Contact Log, which loadBook reads with no problems", async () => {
    const port = new MemoryWorkbook();
    const sample = sampleBook({ asOf: AS_OF });
    const written = await insertSample(port, AS_OF);
    expect(written).toEqual({
      table: {
        name: SAMPLE_TABLE,
        sheet: "Sample clients",
        headers: [...SAMPLE_HEADERS],
        rowCount: SAMPLE_SIZE,
      },
      logged: sample.log.length,
    });
    const log = port.tables.get(CONTACT_LOG_TABLE)!;
    expect(log.sheet).toBe(CONTACT_LOG_SHEET);
    expect(log.rows).toEqual(sample.log.map(contactLogRow));
    // Typed text is written as text, as for a contact logged in the pane.
    const last = sample.log.length - 1;
    expect(CONTACT_LOG_TEXT_COLUMNS.map((c) => log.formats.get(`${last},${c}`))).toEqual(
      CONTACT_LOG_TEXT_COLUMNS.map(() => "@")
    );

    const book = await loaded(port);
    expect(book.table.name).toBe(SAMPLE_TABLE);
    expect(book.mappingConfirmed).toBe(true);
    expect(book.problems).toEqual([]);
    expect(book.clients).toHaveLength(SAMPLE_SIZE);
    expect(book.log).toEqual(sample.log);
    // Each client's last contact and follow-up are its latest proactive entry's.
    const latest = new Map<string, ContactEntry>();
    for (const e of book.log) {
      if (e.channel === "snooze" || e.direction !== "outbound") continue;
      const known = latest.get(e.clientId);
      if (known === undefined || e.date > known.date) latest.set(e.clientId, e);
    }
    const disagreeing = book.clients.filter(
      (c) =>
        c.lastContact !== (latest.get(c.id)?.date ?? null) ||
        c.record.followUp !== (latest.get(c.id)?.followUp ?? "")
    );
    expect(disagreeing.map((c) => c.id)).toEqual([]);
    expect(book.clients.some((c) => c.snoozedUntil !== null)).toBe(true);
  });

  test("the preview outside Office seeds the same book, with Dana's hour to spend", async () => {
    const preview = new MemoryWorkbook();
    await seedPreview(preview, AS_OF);
    const inserted = new MemoryWorkbook();
    await insertSample(inserted, AS_OF);
    expect(preview.tables.get(SAMPLE_TABLE)).toEqual(inserted.tables.get(SAMPLE_TABLE));
    expect(preview.tables.get(CONTACT_LOG_TABLE)).toEqual(inserted.tables.get(CONTACT_LOG_TABLE));
    const book = await loaded(preview);
    expect(book.settingsProblems).toEqual([]);
    const today = buildToday(book.clients, book.settings, AS_OF);
    expect(today.me).toBe("Dana Whitfield");
    expect(today.mine.calls).toHaveLength(6);
    expect(today.mine.waiting.length).toBeGreaterThan(0);
  });

  test("a Contact Log the workbook has already is left alone", async () => {
    const port = new MemoryWorkbook();
    const real: ContactEntry = {
      date: AS_OF - 3,
      clientId: "C-0001",
      clientName: "A real client",
      who: "Dana",
      channel: "call",
      direction: "outbound",
      minutes: 10,
      notes: "",
      followUp: "",
      snoozedUntil: null,
    };
    await port.appendAndUpdate(logAppend([real], "1900"), null);
    const written = await insertSample(port, AS_OF);
    expect(written.logged).toBe(0);
    expect(port.tables.get(CONTACT_LOG_TABLE)!.rows).toEqual([contactLogRow(real)]);
    expect(port.tables.get(SAMPLE_TABLE)!.rows).toHaveLength(SAMPLE_SIZE);
  });

  test("a contact logged on the sample goes below its history and moves the client on", async () => {
    const port = new MemoryWorkbook();
    await seedPreview(port, AS_OF);
    const book = await loaded(port);
    const call = buildToday(book.clients, book.settings, AS_OF).mine.calls[0].client;
    const { result, book: after } = await logContact(port, book, call, {
      date: AS_OF,
      who: "Dana Whitfield",
      channel: "call",
      direction: "outbound",
      minutes: 10,
      notes: "caught up",
      followUp: "send the brochure",
    });
    expect(result).toEqual({ ok: true });
    const rows = port.tables.get(CONTACT_LOG_TABLE)!.rows;
    expect(rows).toHaveLength(book.log.length + 1);
    expect(rows[rows.length - 1].slice(0, 2)).toEqual([AS_OF, call.id]);
    expect(after.clients.find((c) => c.id === call.id)?.lastContact).toBe(AS_OF);
    expect(after.clients).toEqual((await loaded(port)).clients);
  });
});
