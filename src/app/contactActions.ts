/**
 * Logging a contact and snoozing a client: one append to the Contact Log and, for a proactive
 * contact later than the last, the client's last-contact date and follow-up, written in the same
 * batch to the row found again by client ID. The book in memory is updated to match, so the pane
 * shows the change at once without reading the workbook again. The dates written go out in the
 * book's date system; the book in memory keeps the engine's 1900 serials.
 */
import { activeSnooze, type BookClient } from "../core/book/clientBook";
import type { Cell } from "../core/cells/cells";
import {
  CONTACT_LOG_DATE_COLUMNS,
  CONTACT_LOG_HEADERS,
  CONTACT_LOG_SHEET,
  CONTACT_LOG_TABLE,
  CONTACT_LOG_TEXT_COLUMNS,
  contactEffect,
  contactLogRow,
  type ContactEntry,
  type EffectOptions,
} from "../core/book/contactLog";
import { columnsFrom1900 } from "../core/cells/dateSystemCells";
import { fromSerial1900, type DateSystem, type DaySerial } from "../core/dates/serial";
import type { ClientRowUpdate, NewRows, WorkbookPort, WriteResult } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";

/**
 * Entries as rows for the Contact Log, which is made on its own sheet when it is not there yet;
 * their dates as a workbook in `system` stores them.
 */
export function logAppend(entries: readonly ContactEntry[], system: DateSystem): NewRows {
  return {
    table: CONTACT_LOG_TABLE,
    sheet: CONTACT_LOG_SHEET,
    headers: CONTACT_LOG_HEADERS,
    rows: columnsFrom1900(entries.map(contactLogRow), CONTACT_LOG_DATE_COLUMNS, system),
    textColumns: CONTACT_LOG_TEXT_COLUMNS,
    dateColumns: CONTACT_LOG_DATE_COLUMNS,
  };
}

export type ContactDraft = Omit<ContactEntry, "clientId" | "clientName" | "snoozedUntil">;

function rowUpdate(
  book: LoadedBook,
  client: BookClient,
  entry: ContactEntry,
  options: EffectOptions
): ClientRowUpdate | null {
  const effect = contactEffect(entry, client.lastContact, options);
  const { id, lastContact, followUp } = book.mapping;
  if (effect.lastContact === null || id === undefined || lastContact === undefined) return null;
  const values: Record<string, Cell> = {
    [lastContact]: fromSerial1900(effect.lastContact, book.dateSystem),
  };
  if (followUp !== undefined && effect.followUp !== null) values[followUp] = effect.followUp;
  return { table: book.table.name, idHeader: id, clientId: client.id, values };
}

/**
 * The book after the entry, as the workbook now holds it. Only this client changes: a contact moves
 * no criterion and no tier, so the book is not scored again.
 */
function withEntry(
  book: LoadedBook,
  client: BookClient,
  entry: ContactEntry,
  options: EffectOptions
): LoadedBook {
  const effect = contactEffect(entry, client.lastContact, options);
  const lastContact = effect.lastContact ?? client.lastContact;
  const record = {
    ...client.record,
    lastContact,
    followUp: effect.followUp ?? client.record.followUp,
  };
  // As scoreBook reads the log: the latest snooze-until date counts.
  const latest = Math.max(client.snoozedUntil ?? -Infinity, entry.snoozedUntil ?? -Infinity);
  const snoozedUntil = activeSnooze(Number.isFinite(latest) ? latest : null, lastContact);
  const updated: BookClient = { ...client, lastContact, record, snoozedUntil };
  return {
    ...book,
    log: [...book.log, entry],
    clients: book.clients.map((c) => (c.id === client.id ? updated : c)),
  };
}

async function record(
  port: WorkbookPort,
  book: LoadedBook,
  client: BookClient,
  entry: ContactEntry,
  options: EffectOptions = {}
): Promise<{ result: WriteResult; book: LoadedBook }> {
  if (book.mapping.id === undefined) {
    return {
      result: { ok: false, message: "The client table has no client ID column; add one first" },
      book,
    };
  }
  const result = await port.appendAndUpdate(
    logAppend([entry], book.dateSystem),
    rowUpdate(book, client, entry, options)
  );
  return { result, book: result.ok ? withEntry(book, client, entry, options) : book };
}

/**
 * Logs one contact. A blank follow-up keeps the one on record; `clearFollowUp` erases it (the
 * log dialog's explicit "clear").
 */
export function logContact(
  port: WorkbookPort,
  book: LoadedBook,
  client: BookClient,
  draft: ContactDraft,
  options: EffectOptions = {}
) {
  return record(
    port,
    book,
    client,
    { ...draft, clientId: client.id, clientName: client.name, snoozedUntil: null },
    options
  );
}

export function snooze(
  port: WorkbookPort,
  book: LoadedBook,
  client: BookClient,
  until: DaySerial,
  today: DaySerial,
  who: string
) {
  return record(port, book, client, {
    date: today,
    clientId: client.id,
    clientName: client.name,
    who,
    channel: "snooze",
    direction: "outbound",
    minutes: null,
    notes: "",
    followUp: "",
    snoozedUntil: until,
  });
}
