/**
 * A mailing logged as sent: one Contact Log row per recipient (outcome "sent") and each client's
 * last contact moved, in one append-and-update batch whatever the number of recipients — not one
 * write per client.
 */
import type { BookClient } from "../core/book/clientBook";
import type { Channel, ContactEntry } from "../core/book/contactLog";
import type { MailingChannel } from "../core/book/tierResponsibility";
import type { DaySerial } from "../core/dates/serial";
import { dueForMailing, recipientClients, type Mailing } from "../core/today/mailing";
import type { WorkbookPort, WriteResult } from "../workbook/workbookPort";
import {
  effectOptions,
  ensureOutcomeColumn,
  logAppend,
  rowUpdate,
  withEntries,
} from "./contactActions";
import type { LoadedBook } from "./loadBook";

const LOG_CHANNEL: Record<MailingChannel, Channel> = {
  newsletter: "newsletter",
  "e-mail": "email",
  "event invitation": "event",
};

/** Who is due for this channel's mailing as of the day (empty when no tier uses the channel). */
export function mailingFor(book: LoadedBook, channel: MailingChannel, asOf: DaySerial): Mailing {
  return (
    dueForMailing(book.clients, book.settings, asOf).find((m) => m.channel === channel) ?? {
      channel,
      recipients: [],
    }
  );
}

/**
 * Logs the mailing as sent to every recipient on `asOf`, by `who`. At most two port calls: the
 * Outcome column for a log that predates it (once per book), then one batch.
 */
export async function logMailingSent(
  port: WorkbookPort,
  book: LoadedBook,
  mailing: Mailing,
  asOf: DaySerial,
  who: string
): Promise<{ result: WriteResult; book: LoadedBook; logged: number }> {
  if (book.mapping.id === undefined)
    return {
      result: { ok: false, message: "The client table has no client ID column; add one first" },
      book,
      logged: 0,
    };
  if (mailing.recipients.length === 0) return { result: { ok: true }, book, logged: 0 };
  const options = (client: BookClient) => effectOptions(book, client, {});
  // A family's one letter reached every member: each is logged as sent.
  const logged = mailing.recipients.flatMap(recipientClients).map((client) => ({
    client,
    entry: {
      date: asOf,
      clientId: client.id,
      clientName: client.name,
      who,
      channel: LOG_CHANNEL[mailing.channel],
      direction: "outbound",
      minutes: null,
      notes: `${mailing.channel} sent`,
      followUp: "",
      snoozedUntil: null,
      outcome: "sent",
    } satisfies ContactEntry,
  }));
  const added = await ensureOutcomeColumn(port, book);
  if (!added.ok) return { result: added, book, logged: 0 };
  const updates = logged
    .map(({ client, entry }) => rowUpdate(book, client, entry, options(client)))
    .filter((u) => u !== null);
  const result = await port.appendAndUpdate(
    logAppend(
      logged.map((l) => l.entry),
      book.dateSystem
    ),
    updates
  );
  return result.ok
    ? { result, book: withEntries(book, logged, options), logged: logged.length }
    : { result, book, logged: 0 };
}
