import { ownerKey } from "../today/callList";
import type { Cell } from "../cells/cells";
import { readDate } from "../cells/cells";
import type { DaySerial } from "../dates/serial";
import { outcomeMoves, readOutcome, type ContactOutcome, type TierMode } from "./contactOutcome";

/**
 * How a contact was made. A snooze is logged too, but is not a contact; a newsletter and an event
 * invitation are what a mailing logs.
 */
export type Channel =
  "call" | "meeting" | "in person" | "card" | "email" | "newsletter" | "event" | "other" | "snooze";

export const CONTACT_CHANNELS: readonly Channel[] = [
  "call",
  "meeting",
  "in person",
  "card",
  "email",
  "other",
];

/** Proactive outbound contact builds the relationship; inbound contact does not reset the rotation. */
export type Direction = "outbound" | "inbound";

export interface ContactEntry {
  readonly date: DaySerial;
  readonly clientId: string;
  readonly clientName: string;
  /** Who made the contact. */
  readonly who: string;
  readonly channel: Channel;
  readonly direction: Direction;
  readonly minutes: number | null;
  readonly notes: string;
  /** What to raise next time ("ask how the recital went"). */
  readonly followUp: string;
  /** For a snooze: the day the client comes back on the list. */
  readonly snoozedUntil: DaySerial | null;
  /**
   * What the contact achieved; null or left out where the log has no outcome (older logs, and
   * callers that do not ask): such a contact counts as it always did.
   */
  readonly outcome?: ContactOutcome | null;
}

export const CONTACT_LOG_TABLE = "ContactLog";
export const CONTACT_LOG_SHEET = "Contact Log";

export const CONTACT_LOG_HEADERS = [
  "Date",
  "Client ID",
  "Client",
  "Who",
  "Channel",
  "Direction",
  "Minutes",
  "Notes",
  "Follow-up",
  "Snoozed until",
  "Outcome",
] as const;

/** Columns holding days: written as dates, and moved between date systems (dateSystemCells.ts). */
export const CONTACT_LOG_DATE_HEADERS: readonly (typeof CONTACT_LOG_HEADERS)[number][] = [
  "Date",
  "Snoozed until",
];
export const CONTACT_LOG_DATE_COLUMNS: readonly number[] = CONTACT_LOG_DATE_HEADERS.map((h) =>
  CONTACT_LOG_HEADERS.indexOf(h)
);

/** Columns holding text people typed: written as text, so "=SUM(…)" or "+1 555" stays what was typed. */
export const CONTACT_LOG_TEXT_COLUMNS: readonly number[] = [1, 2, 3, 4, 5, 7, 8, 10];

/** The column added to a log written before outcomes existed (its old rows stay blank there). */
export const OUTCOME_HEADER: (typeof CONTACT_LOG_HEADERS)[number] = "Outcome";

export function contactLogRow(entry: ContactEntry): Cell[] {
  return [
    entry.date,
    entry.clientId,
    entry.clientName,
    entry.who,
    entry.channel,
    entry.direction,
    entry.minutes ?? "",
    entry.notes,
    entry.followUp,
    entry.snoozedUntil ?? "",
    entry.outcome ?? "",
  ];
}

function text(cell: Cell): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

function asChannel(cell: Cell): Channel {
  const value = text(cell).toLowerCase() as Channel;
  return value === "snooze" ||
    value === "newsletter" ||
    value === "event" ||
    CONTACT_CHANNELS.includes(value)
    ? value
    : "other";
}

/** Reads the log back; rows without a usable date or client ID are passed over. */
export function readContactLog(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[]
): ContactEntry[] {
  const at = (name: (typeof CONTACT_LOG_HEADERS)[number]) => headers.indexOf(name);
  const columns = Object.fromEntries(CONTACT_LOG_HEADERS.map((h) => [h, at(h)])) as Record<
    (typeof CONTACT_LOG_HEADERS)[number],
    number
  >;
  const entries: ContactEntry[] = [];
  for (const row of rows) {
    const cell = (name: (typeof CONTACT_LOG_HEADERS)[number]): Cell =>
      columns[name] >= 0 ? row[columns[name]] : "";
    const date = readDate(cell("Date"), "Date");
    const clientId = text(cell("Client ID"));
    if (!date.ok || date.value === null || clientId === "") continue;
    const minutes = cell("Minutes");
    const until = readDate(cell("Snoozed until"), "Snoozed until");
    entries.push({
      date: date.value,
      clientId,
      clientName: text(cell("Client")),
      who: text(cell("Who")),
      channel: asChannel(cell("Channel")),
      direction: text(cell("Direction")).toLowerCase() === "inbound" ? "inbound" : "outbound",
      minutes: typeof minutes === "number" && Number.isFinite(minutes) ? minutes : null,
      notes: text(cell("Notes")),
      followUp: text(cell("Follow-up")),
      snoozedUntil: until.ok ? until.value : null,
      outcome: readOutcome(text(cell("Outcome"))),
    });
  }
  return entries;
}

/** What logging an entry changes on the client's row. */
export interface ContactEffect {
  /** Move the last-contact date to the entry's date. */
  readonly lastContact: DaySerial | null;
  /** Replace the follow-up note (only with a proactive contact that moves the date). */
  readonly followUp: string | null;
}

export interface EffectOptions {
  /** How the client's tier is contacted; decides which outcomes move it (default personal). */
  readonly mode?: TierMode;
  /**
   * Erase the follow-up on record when the entry leaves it blank. Without it a blank keeps the
   * current one: what was learned last time must never be lost by a quick log.
   */
  readonly clearFollowUp?: boolean;
}

/**
 * Only a proactive contact counts for the rotation, and only when it is later than the last one on
 * record: logging an old call after the fact must not move the date back.
 */
export function contactEffect(
  entry: ContactEntry,
  currentLastContact: DaySerial | null,
  options: EffectOptions = {}
): ContactEffect {
  if (
    !movesRotation(entry, options.mode ?? "personal") ||
    (currentLastContact !== null && entry.date <= currentLastContact)
  )
    return { lastContact: null, followUp: null };
  const followUp = entry.followUp.trim();
  return {
    lastContact: entry.date,
    followUp: followUp !== "" ? entry.followUp : options.clearFollowUp ? "" : null,
  };
}

/** A proactive contact whose outcome fits the tier's way of contact: it counts as contact. */
export function movesRotation(entry: ContactEntry, mode: TierMode): boolean {
  return (
    entry.channel !== "snooze" &&
    entry.direction === "outbound" &&
    outcomeMoves(entry.outcome, mode)
  );
}

/** Each client's latest snooze that is still ahead of its last contact. */
export function snoozes(entries: readonly ContactEntry[]): Map<string, DaySerial> {
  const until = new Map<string, DaySerial>();
  for (const e of entries) {
    if (e.channel !== "snooze" || e.snoozedUntil === null) continue;
    const known = until.get(e.clientId);
    if (known === undefined || e.snoozedUntil > known) until.set(e.clientId, e.snoozedUntil);
  }
  return until;
}

/**
 * The clients contacted proactively on a day by one person (by anyone when `who` is blank): the
 * calls done in the hour, read from the log so the count survives a refresh.
 */
export function contactedOn(
  entries: readonly ContactEntry[],
  day: DaySerial,
  who: string
): ReadonlySet<string> {
  const person = ownerKey(who);
  return new Set(
    entries
      .filter(
        (e) =>
          e.date === day &&
          e.channel !== "snooze" &&
          e.direction === "outbound" &&
          (person === "" || ownerKey(e.who) === person)
      )
      .map((e) => e.clientId)
  );
}
