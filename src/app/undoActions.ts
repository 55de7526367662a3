/**
 * Undo of the last contact logged for a client: its Contact Log row is taken out and, when that
 * contact had moved the rotation, the client's previous last contact and follow-up are written
 * back — both rows found again (the log row by its values, the client by ID) in one port call.
 */
import { followLog, type BookClient } from "../core/book/clientBook";
import { CONTACT_LOG_TABLE, contactEffect, type ContactEntry } from "../core/book/contactLog";
import type { Cell } from "../core/cells/cells";
import { fromSerial1900, type DaySerial } from "../core/dates/serial";
import type { ClientRowUpdate, WorkbookPort, WriteResult } from "../workbook/workbookPort";
import { clientLookup, effectOptions } from "./contactActions";
import { householdLastContact, otherMembers } from "../core/households/householdContact";
import type { LoadedBook } from "./loadBook";

/** What the client's row held before a contact was logged, kept in memory by logContact. */
export interface UndoRecord extends MemberState {
  readonly entry: ContactEntry;
  /** The household's other members the contact moved on, as they were before it. */
  readonly members?: readonly MemberState[];
}

/** A client row's rotation cells as they were. */
export interface MemberState {
  readonly clientId: string;
  readonly lastContact: DaySerial | null;
  readonly followUp: string;
}

/**
 * The client's last logged entry (a snooze included: it is the last thing done): the latest date,
 * and of one day the lowest in the log; null when there is none. (A log sorted by hand still
 * gives the latest contact.)
 */
export function lastEntryOf(book: LoadedBook, client: BookClient): ContactEntry | null {
  let last: ContactEntry | null = null;
  for (const e of book.log)
    if (e.clientId === client.id && (last === null || e.date >= last.date)) last = e;
  return last;
}

/**
 * The row before the entry: from the in-memory record when it is this entry (exact, even for a
 * date or follow-up typed by hand before any log), else replayed from the rest of the log — by
 * household, the latest contact with any member moved everyone's last contact.
 */
function previousState(
  book: LoadedBook,
  client: BookClient,
  entry: ContactEntry,
  rest: readonly ContactEntry[]
): { lastContact: DaySerial | null; followUp: string } {
  const undo = book.undo;
  if (undo?.entry === entry) {
    if (undo.clientId === client.id)
      return { lastContact: undo.lastContact, followUp: undo.followUp };
    const member = undo.members?.find((m) => m.clientId === client.id);
    if (member !== undefined) return { lastContact: member.lastContact, followUp: member.followUp };
  }
  return replayedState(book, client, rest);
}

/**
 * The client row's rotation cells as the log gives them: its latest contact that moved the
 * rotation (by household, with any member) and its latest follow-up; what undo writes back when
 * it has no record of the row as it was.
 */
export function replayedState(
  book: LoadedBook,
  client: BookClient,
  rest: readonly ContactEntry[]
): { lastContact: DaySerial | null; followUp: string } {
  const options = effectOptions(book, client, {});
  let lastContact: DaySerial | null = null;
  let followUp = "";
  const ordered = rest.filter((e) => e.clientId === client.id).sort((a, b) => a.date - b.date);
  for (const e of ordered) {
    const effect = contactEffect(e, lastContact, options);
    if (effect.lastContact !== null) lastContact = effect.lastContact;
    if (effect.followUp !== null) followUp = effect.followUp;
  }
  if (client.household !== null)
    lastContact = householdLastContact(new Set(client.household.memberIds), rest, () => options);
  return { lastContact, followUp };
}

function latestDay(days: readonly (DaySerial | null)[]): DaySerial | null {
  let latest: DaySerial | null = null;
  for (const day of days) if (day !== null && (latest === null || day > latest)) latest = day;
  return latest;
}

/** The cells that recognise the entry's row in the Contact Log, as the workbook holds them. */
function rowMatch(book: LoadedBook, entry: ContactEntry): Record<string, Cell> {
  const match: Record<string, Cell> = {
    Date: fromSerial1900(entry.date, book.dateSystem),
    "Client ID": entry.clientId,
    Who: entry.who,
    Channel: entry.channel,
    Direction: entry.direction,
    Notes: entry.notes,
    "Follow-up": entry.followUp,
  };
  if (book.logTable?.headers.includes("Outcome")) match.Outcome = entry.outcome ?? "";
  return match;
}

export async function undoLastContact(
  port: WorkbookPort,
  book: LoadedBook,
  given: BookClient
): Promise<{ result: WriteResult; book: LoadedBook; undone: ContactEntry | null }> {
  // The client as this book has it: a pane holds the card's client from before the contact.
  const client = book.clients.find((c) => c.id === given.id) ?? given;
  const entry = lastEntryOf(book, client);
  if (entry === null)
    return {
      result: { ok: false, message: `Nothing is logged for ${client.name} to undo.` },
      book,
      undone: null,
    };
  const at = book.log.lastIndexOf(entry);
  const rest = [...book.log.slice(0, at), ...book.log.slice(at + 1)];
  // By household the contact moved every member: each is put back as it was.
  const members = [client, ...otherMembers(client, clientLookup(book))];
  const restores = members.flatMap((member) => {
    const previous = previousState(book, member, entry, rest);
    // Only a contact that moved the rotation changed the client's row.
    const moved = member.lastContact === entry.date && previous.lastContact !== member.lastContact;
    return moved ? [{ member, previous }] : [];
  });
  const { id, lastContact, followUp } = book.mapping;
  const updates: ClientRowUpdate[] = [];
  if (id !== undefined && lastContact !== undefined)
    for (const { member, previous } of restores) {
      const values: Record<string, Cell> = {
        [lastContact]:
          previous.lastContact === null
            ? ""
            : fromSerial1900(previous.lastContact, book.dateSystem),
      };
      if (followUp !== undefined && member.id === client.id) values[followUp] = previous.followUp;
      updates.push({ table: book.table.name, idHeader: id, clientId: member.id, values });
    }
  const result = await port.removeRowAndUpdate(
    { table: CONTACT_LOG_TABLE, match: rowMatch(book, entry) },
    updates.length === 0 ? null : updates.length === 1 ? updates[0] : updates
  );
  if (!result.ok) return { result, book, undone: null };
  const restored = new Map(restores.map((r) => [r.member.id, r.previous]));
  // Each row's own day once put back (by household it may be before the family's).
  const rowDay = (member: BookClient): DaySerial | null => {
    const previous = restored.get(member.id);
    return previous === undefined ? member.record.lastContact : previous.lastContact;
  };
  // By household the family's last contact is its latest member's, as the book was scored.
  const familyDay = client.household === null ? undefined : latestDay(members.map(rowDay));
  const updated = new Map(
    members.map((member) => {
      const previous = restored.get(member.id) ?? {
        lastContact: member.record.lastContact,
        followUp: member.record.followUp,
      };
      const followUpNow = member.id === client.id ? previous.followUp : member.record.followUp;
      return [
        member.id,
        followLog(
          {
            ...member,
            lastContact: familyDay === undefined ? previous.lastContact : familyDay,
            record: {
              ...member.record,
              lastContact: rowDay(member),
              followUp: followUpNow,
            },
          },
          rest.filter((e) => e.clientId === member.id),
          book.settings
        ),
      ];
    })
  );
  return {
    result,
    book: {
      ...book,
      log: rest,
      logTable:
        book.logTable === null
          ? null
          : { ...book.logTable, rowCount: Math.max(0, book.logTable.rowCount - 1) },
      undo: null,
      clients: book.clients.map((c) => updated.get(c.id) ?? c),
    },
    undone: entry,
  };
}
