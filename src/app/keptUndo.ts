/**
 * The undo record kept in the workbook, for the command line: its runs share no memory, and the
 * Contact Log alone cannot say what a row held before its first logged contact — a date typed by
 * hand or brought in from a CRM. Without the record, `undo` of that contact would erase the date;
 * with it, the rows get back exactly what they held. Only the latest contact is kept.
 */
import type { ContactEntry } from "../core/book/contactLog";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";
import { replayedState, type MemberState, type UndoRecord } from "./undoActions";

export const UNDO_SETTING = "relationshipHour.lastContactUndo";

/** The entry's cells as the log's row holds them: how the kept record finds its entry again. */
function entryKey(e: ContactEntry): string {
  return JSON.stringify([
    e.date,
    e.clientId,
    e.who,
    e.channel,
    e.direction,
    e.notes,
    e.followUp,
    e.outcome ?? null,
  ]);
}

interface KeptRecord {
  readonly entry: string;
  readonly state: readonly MemberState[];
}

/**
 * Whether undo from the log alone would give a row something other than it held: then the record
 * is kept. A book whose rows the log explains (the add-in's own) gets nothing written for it.
 */
export function undoNeedsRecord(before: LoadedBook, record: UndoRecord): boolean {
  const states = [record, ...(record.members ?? [])];
  return states.some((state) => {
    const client = before.clients.find((c) => c.id === state.clientId);
    if (client === undefined) return true;
    const replayed = replayedState(before, client, before.log);
    return replayed.lastContact !== state.lastContact || replayed.followUp !== state.followUp;
  });
}

export async function keepUndoRecord(port: WorkbookPort, record: UndoRecord): Promise<void> {
  const kept: KeptRecord = {
    entry: entryKey(record.entry),
    state: [
      { clientId: record.clientId, lastContact: record.lastContact, followUp: record.followUp },
      ...(record.members ?? []),
    ],
  };
  await port.saveSetting(UNDO_SETTING, JSON.stringify(kept));
}

/** Forgets the record once used: an older contact is undone from the log, as before. */
export async function dropUndoRecord(port: WorkbookPort): Promise<void> {
  await port.saveSetting(UNDO_SETTING, "");
}

function isState(value: unknown): value is MemberState {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.clientId === "string" &&
    (v.lastContact === null ||
      (typeof v.lastContact === "number" && Number.isFinite(v.lastContact))) &&
    typeof v.followUp === "string"
  );
}

function parse(text: string): KeptRecord | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const { entry, state } = value as Record<string, unknown>;
    if (typeof entry !== "string" || !Array.isArray(state) || state.length === 0) return null;
    return state.every(isState) ? { entry, state } : null;
  } catch {
    return null;
  }
}

/**
 * The book with the kept record as its undo, when the record is for the client's contact still
 * last in the log (found by its cells); the book as it is otherwise — a record written by hand,
 * for another contact, or for a contact since undone is ignored.
 */
export async function withKeptUndo(port: WorkbookPort, book: LoadedBook): Promise<LoadedBook> {
  const text = await port.loadSetting(UNDO_SETTING);
  const kept = text === null || text === "" ? null : parse(text);
  if (kept === null) return book;
  const [own, ...members] = kept.state;
  let entry: ContactEntry | null = null;
  for (const e of book.log)
    if (e.clientId === own.clientId && entryKey(e) === kept.entry) entry = e;
  if (entry === null) return book;
  return { ...book, undo: { ...own, entry, members } };
}
