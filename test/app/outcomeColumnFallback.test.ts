/**
 * A Contact Log that cannot take the Outcome column (an .xlsx file through the package layer,
 * for now): a contact that counts is still logged without it; an attempt is refused, since it
 * would be read back as a contact.
 */
import { logContact } from "../../src/app/contactActions";
import { CONTACT_LOG_TABLE, OUTCOME_HEADER } from "../../src/core/book/contactLog";
import type { WriteResult } from "../../src/workbook/workbookPort";
import { loaded, smallWorkbook } from "./bookSession";

async function bookWithOldLog() {
  const port = await smallWorkbook();
  const book = await loaded(port);
  // A log made before outcomes existed: every column but Outcome.
  const first = book.clients[0];
  await logContact(port, book, first, {
    date: 46300,
    who: "Dana",
    channel: "call",
    direction: "outbound",
    minutes: 10,
    notes: "",
    followUp: "",
  });
  const log = port.tables.get(CONTACT_LOG_TABLE)!;
  const at = log.headers.indexOf(OUTCOME_HEADER);
  log.headers.splice(at, 1);
  for (const row of log.rows) row.splice(at, 1);
  port.addColumn = async (): Promise<WriteResult> => ({
    ok: false,
    message: "Adding a column is not supported on this file yet.",
  });
  return { port, book: await loaded(port) };
}

const draft = {
  date: 46349,
  who: "Dana",
  channel: "call" as const,
  direction: "outbound" as const,
  minutes: 10,
  notes: "talked",
  followUp: "",
};

test("a reached call is logged without the Outcome column", async () => {
  const { port, book } = await bookWithOldLog();
  const client = book.clients[1];
  const { result } = await logContact(port, book, client, { ...draft, outcome: "reached" });
  expect(result).toEqual({ ok: true });
  const log = port.tables.get(CONTACT_LOG_TABLE)!;
  expect(log.headers).not.toContain(OUTCOME_HEADER);
  expect(log.rows.at(-1)).toContain("talked");
});

test("a voicemail is refused rather than read back as a contact", async () => {
  const { port, book } = await bookWithOldLog();
  const before = port.tables.get(CONTACT_LOG_TABLE)!.rows.length;
  const { result } = await logContact(port, book, book.clients[1], {
    ...draft,
    outcome: "left a message",
  });
  expect(result.ok).toBe(false);
  expect(port.tables.get(CONTACT_LOG_TABLE)!.rows.length).toBe(before);
});
