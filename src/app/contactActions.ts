/**
 * Logging a contact and snoozing a client: one append to the Contact Log and, for a proactive
 * contact later than the last, the client's last-contact date and follow-up, written in the same
 * batch to the row found again by client ID. The book in memory is updated to match, so the pane
 * shows the change at once without reading the workbook again. The dates written go out in the
 * book's date system; the book in memory keeps the engine's 1900 serials.
 */
import { followLog, type BookClient } from "../core/book/clientBook";
import { entriesByClient } from "../core/book/contactHistory";
import { LogByClient } from "../core/book/logByClient";
import type { Cell } from "../core/cells/cells";
import {
  CONTACT_LOG_DATE_COLUMNS,
  CONTACT_LOG_HEADERS,
  CONTACT_LOG_SHEET,
  CONTACT_LOG_TABLE,
  CONTACT_LOG_TEXT_COLUMNS,
  contactEffect,
  contactLogRow,
  OUTCOME_HEADER,
  type ContactEntry,
  type EffectOptions,
} from "../core/book/contactLog";
import { cellTextProblem } from "../core/cells/cellTextLimit";
import { tierPolicy } from "../core/book/settings";
import { tierMode } from "../core/book/tierResponsibility";
import { outcomeMoves } from "../core/book/contactOutcome";
import { columnsFrom1900 } from "../core/cells/dateSystemCells";
import { fromSerial1900, type DateSystem, type DaySerial } from "../core/dates/serial";
import type { ClientRowUpdate, NewRows, WorkbookPort, WriteResult } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";
import { profileChanges, type ProfileEdit } from "../core/book/clientProfile";
import {
  keepOnPlan,
  profileTextProblem,
  splitChanges,
  withChangedProfile,
  withProfileValues,
} from "./profileActions";
import {
  logIntroduction,
  resolveIntroduction,
  type IntroductionDraft,
} from "./introductionActions";
import { membersMoved, type MemberMove } from "../core/households/householdContact";

/**
 * Entries as rows for the Contact Log, which is made on its own sheet when it is not there yet;
 * their dates as a workbook in `system` stores them.
 */
export function logAppend(
  entries: readonly ContactEntry[],
  system: DateSystem,
  withOutcome = true
): NewRows {
  const rows = columnsFrom1900(entries.map(contactLogRow), CONTACT_LOG_DATE_COLUMNS, system);
  // The Outcome column is the log's last: a log that cannot take it gets the others.
  const outcome = CONTACT_LOG_HEADERS.indexOf(OUTCOME_HEADER);
  return {
    table: CONTACT_LOG_TABLE,
    sheet: CONTACT_LOG_SHEET,
    headers: withOutcome ? CONTACT_LOG_HEADERS : CONTACT_LOG_HEADERS.slice(0, outcome),
    rows: withOutcome ? rows : rows.map((row) => row.slice(0, outcome)),
    textColumns: CONTACT_LOG_TEXT_COLUMNS.filter((c) => withOutcome || c < outcome),
    dateColumns: CONTACT_LOG_DATE_COLUMNS,
  };
}

export type ContactDraft = Omit<ContactEntry, "clientId" | "clientName" | "snoozedUntil">;

/** What logging may do beyond the entry itself. */
export interface LogOptions {
  /** Erase the client's follow-up when the entry leaves it blank (a blank keeps it otherwise). */
  readonly clearFollowUp?: boolean;
  /** The profile as typed in the dialog (or `log --family …`): changed fields are kept. */
  readonly profile?: ProfileEdit;
  /** An introduction that came up: the client introduced someone, or was introduced by someone. */
  readonly introduction?: ContactIntroduction | null;
}

/** The introduction as the log dialog takes it, around the client being logged. */
export interface ContactIntroduction {
  /** "made": the client introduced `other`; "came by": the client was introduced by `other`. */
  readonly kind: "made" | "came by";
  /** A client ID, or (for an introduction the client made) a new name. */
  readonly other: string;
  readonly result: IntroductionDraft["result"];
}

/** The effect options for a client: its tier's way of contact decides which outcomes count. */
export function effectOptions(
  book: LoadedBook,
  client: BookClient,
  options: LogOptions
): EffectOptions {
  const policy = client.tier === null ? null : tierPolicy(book.settings, client.tier);
  return { ...options, mode: tierMode(policy) };
}

/** The client row's update for an entry (null when the entry moves nothing or the book cannot say). */
export function rowUpdate(
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
 * The book after the entries, as the workbook now holds it. Only their clients change: a contact
 * moves no criterion and no tier, so the book is not scored again; their histories are read again
 * from the log.
 */
export function withEntries(
  book: LoadedBook,
  entries: readonly { readonly client: BookClient; readonly entry: ContactEntry }[],
  options: (client: BookClient) => EffectOptions
): LoadedBook {
  const log = [...book.log, ...entries.map((e) => e.entry)];
  const changed = new Map(entries.map((e) => [e.client.id, e]));
  // Only the changed clients' entries: the whole log grouped by client (200,000 entries in a book
  // of 100,000) would cost each saved contact far more than the contact itself.
  const ids = [...changed.keys()];
  const changedLog = new LogByClient(log, ids);
  const byClient = new Map(ids.map((id, i) => [id, changedLog.entriesOf(i)]));
  const clients = book.clients.map((client) => {
    const logged = changed.get(client.id);
    if (logged === undefined) return client;
    const effect = contactEffect(logged.entry, client.lastContact, options(client));
    const lastContact = effect.lastContact ?? client.lastContact;
    const record = {
      ...client.record,
      lastContact: effect.lastContact ?? client.record.lastContact,
      followUp: effect.followUp ?? client.record.followUp,
    };
    return followLog(
      { ...client, lastContact, record },
      byClient.get(client.id) ?? [],
      book.settings
    );
  });
  return { ...book, log, logTable: withOutcomeColumn(book.logTable, entries.length), clients };
}

/** A household member's row moved on with the family: its last contact only, its follow-up kept. */
export function memberUpdate(book: LoadedBook, move: MemberMove): ClientRowUpdate | null {
  const { id, lastContact } = book.mapping;
  if (id === undefined || lastContact === undefined) return null;
  return {
    table: book.table.name,
    idHeader: id,
    clientId: move.client.id,
    values: { [lastContact]: fromSerial1900(move.lastContact, book.dateSystem) },
  };
}

/** The book with household members moved on (their histories read again from the log). */
export function withMembersMoved(book: LoadedBook, moves: readonly MemberMove[]): LoadedBook {
  if (moves.length === 0) return book;
  const moved = new Map(moves.map((m) => [m.client.id, m.lastContact]));
  // Only the members' entries: grouping a log of 200,000 entries for a handful would dominate.
  const byClient = entriesByClient(book.log.filter((e) => moved.has(e.clientId)));
  const clients = book.clients.map((client) => {
    const lastContact = moved.get(client.id);
    if (lastContact === undefined) return client;
    return followLog(
      { ...client, lastContact, record: { ...client.record, lastContact } },
      byClient.get(client.id) ?? [],
      book.settings
    );
  });
  return { ...book, clients };
}

/** The book's clients by ID, for finding a household's members. */
export function clientLookup(book: LoadedBook): (id: string) => BookClient | undefined {
  let byId: Map<string, BookClient> | null = null;
  return (id) => (byId ??= new Map(book.clients.map((c) => [c.id, c]))).get(id);
}

/** The log table's shape after appending `added` rows (made with every column when it was missing). */
function withOutcomeColumn(
  logTable: LoadedBook["logTable"],
  added: number
): NonNullable<LoadedBook["logTable"]> {
  if (logTable === null) return { headers: CONTACT_LOG_HEADERS, rowCount: added };
  const headers = logTable.headers.includes(OUTCOME_HEADER)
    ? logTable.headers
    : [...logTable.headers, OUTCOME_HEADER];
  return { headers, rowCount: logTable.rowCount + added };
}

/**
 * A log written before outcomes existed gets the Outcome column, blank for its old rows (read as
 * "no outcome": they count as they always did). Once per book; nothing to do for a new log.
 */
export async function ensureOutcomeColumn(
  port: WorkbookPort,
  book: LoadedBook
): Promise<WriteResult> {
  const table = book.logTable;
  if (table === null || table.headers.includes(OUTCOME_HEADER)) return { ok: true };
  return port.addColumn(
    CONTACT_LOG_TABLE,
    OUTCOME_HEADER,
    new Array<Cell>(table.rowCount).fill("")
  );
}

async function record(
  port: WorkbookPort,
  book: LoadedBook,
  client: BookClient,
  entry: ContactEntry,
  logOptions: LogOptions = {}
): Promise<{ result: WriteResult; book: LoadedBook }> {
  const options = effectOptions(book, client, logOptions);
  if (book.mapping.id === undefined) {
    return {
      result: { ok: false, message: "The client table has no client ID column; add one first" },
      book,
    };
  }
  const tooLong =
    cellTextProblem("notes", entry.notes) ??
    cellTextProblem("follow-up", entry.followUp) ??
    cellTextProblem("name in Who", entry.who);
  if (tooLong !== null) return { result: { ok: false, message: tooLong }, book };
  const learned = profileChanges(client.record.profile, logOptions.profile ?? {});
  const learnedTooLong = profileTextProblem(learned);
  if (learnedTooLong !== null) return { result: { ok: false, message: learnedTooLong }, book };
  const { inRow, onPlan } = splitChanges(book, learned);
  // The plan first: if the contact is then refused, what was learned is still true.
  await keepOnPlan(port, book, client, onPlan, entry.date);
  const added = await ensureOutcomeColumn(port, book);
  // A log that cannot take the new column (something sits in the column beside it)
  // still takes a contact whose outcome counts as a plain logged contact always did; an attempt
  // would be read back as a contact, so it is refused instead.
  if (!added.ok && !outcomeMoves(entry.outcome, options.mode ?? "personal"))
    return { result: added, book };
  // By household, the other members' last contacts move with the one reached.
  const moves = membersMoved(client, entry, options, clientLookup(book));
  const own = withProfileValues(rowUpdate(book, client, entry, options), book, client, inRow);
  const others = moves.map((m) => memberUpdate(book, m)).filter((u) => u !== null);
  const result = await port.appendAndUpdate(
    logAppend([entry], book.dateSystem, added.ok),
    others.length === 0 ? own : [...(own === null ? [] : [own]), ...others]
  );
  if (!result.ok) return { result, book };
  // What each row held, which by household may be earlier than the family's last contact.
  const undo = {
    clientId: client.id,
    entry,
    lastContact: client.record.lastContact,
    followUp: client.record.followUp,
    members: moves.map((m) => ({
      clientId: m.client.id,
      lastContact: m.client.record.lastContact,
      followUp: m.client.record.followUp,
    })),
  };
  const logged = withMembersMoved(
    withEntries(book, [{ client, entry }], () => options),
    moves
  );
  return { result, book: { ...withChangedProfile(logged, client.id, learned), undo } };
}

/**
 * Logs one contact. A blank follow-up keeps the one on record; `clearFollowUp` erases it (the
 * log dialog's explicit "clear").
 */
export async function logContact(
  port: WorkbookPort,
  book: LoadedBook,
  given: BookClient,
  draft: ContactDraft,
  options: LogOptions = {}
): Promise<{ result: WriteResult; book: LoadedBook }> {
  // The client as this book has it: a caller may hold the client from before its last contact,
  // whose row (and so the undo record) the book has moved on since.
  const client = book.clients.find((c) => c.id === given.id) ?? given;
  const { introduction, ...logOptions } = options;
  if (introduction !== undefined && introduction !== null) {
    const intro: IntroductionDraft = {
      date: draft.date,
      introducerId: introduction.kind === "made" ? client.id : introduction.other,
      introduced: introduction.kind === "made" ? introduction.other : client.id,
      result: introduction.result,
    };
    // Checked before anything is written, so a wrong ID leaves the contact unlogged too.
    const checked = resolveIntroduction(book, intro);
    if (!checked.ok) return { result: checked, book };
    const logged = await logContact(port, book, client, draft, logOptions);
    if (!logged.result.ok) return logged;
    const added = await logIntroduction(port, logged.book, intro);
    return added.result.ok ? { ...added, book: { ...added.book, undo: logged.book.undo } } : added;
  }
  return record(
    port,
    book,
    client,
    {
      ...draft,
      clientId: client.id,
      clientName: client.name,
      snoozedUntil: null,
      outcome: draft.outcome ?? null,
    },
    logOptions
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
    outcome: null,
  });
}
