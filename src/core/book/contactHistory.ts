/**
 * What the Contact Log says about one client since the rotation last moved: the attempts that did
 * not reach them (and so bring them back on a retry day), the notes of the latest conversation, and
 * the inbound contacts with what they left to follow up. The card shows all of it, so each
 * conversation is invested into the next.
 */
import type { DaySerial } from "../dates/serial";
import type { WorkCalendar } from "../dates/workdays";
import { movesRotation, type ContactEntry } from "./contactLog";
import { isAttempt, retryDay, type TierMode } from "./contactOutcome";

export interface InboundNote {
  readonly date: DaySerial;
  readonly notes: string;
  readonly followUp: string;
}

export interface ContactHistory {
  /** Days of tries that reached no one since the last contact that moved the rotation, oldest first. */
  readonly attempts: readonly DaySerial[];
  /** The day the client comes back after the latest attempt; null when there is none. */
  readonly retryOn: DaySerial | null;
  /** The latest logged conversation's notes (any direction); "" when none. */
  readonly lastNotes: string;
  readonly lastNotesOn: DaySerial | null;
  /** Inbound contacts since the last proactive one, oldest first. */
  readonly inbound: readonly InboundNote[];
  /** Days cards were sent (any outcome), for occasions that close once the card is out. */
  readonly cardsSent: readonly DaySerial[];
}

export const NO_HISTORY: ContactHistory = {
  attempts: [],
  retryOn: null,
  lastNotes: "",
  lastNotesOn: null,
  inbound: [],
  cardsSent: [],
};

/** The log's entries per client ID, in log order. */
export function entriesByClient(log: readonly ContactEntry[]): Map<string, ContactEntry[]> {
  const by = new Map<string, ContactEntry[]>();
  for (const entry of log) {
    const list = by.get(entry.clientId);
    if (list === undefined) by.set(entry.clientId, [entry]);
    else list.push(entry);
  }
  return by;
}

/**
 * One client's history. `lastContact` is the table's (the rotation's) last contact: attempts and
 * inbound contacts on or before it are settled by it and left out.
 */
export function contactHistory(
  entries: readonly ContactEntry[],
  lastContact: DaySerial | null,
  mode: TierMode,
  calendar: WorkCalendar
): ContactHistory {
  if (entries.length === 0) return NO_HISTORY;
  const since = lastContact ?? -Infinity;
  let attempts: DaySerial[] | null = null;
  let inbound: InboundNote[] | null = null;
  let cardsSent: DaySerial[] | null = null;
  let last: ContactEntry | null = null;
  // The log is kept in date order almost always: sorted only when it is not.
  const ordered = entries.every((e, i) => i === 0 || entries[i - 1].date <= e.date)
    ? entries
    : [...entries].sort((a, b) => a.date - b.date);
  for (const e of ordered) {
    if (e.channel === "snooze") continue;
    if (e.channel === "card") (cardsSent ??= []).push(e.date);
    if (e.notes !== "" && (last === null || e.date >= last.date)) last = e;
    if (e.date <= since) continue;
    if (e.direction === "inbound")
      (inbound ??= []).push({ date: e.date, notes: e.notes, followUp: e.followUp });
    else if (isAttempt(e.outcome) && !movesRotation(e, mode)) (attempts ??= []).push(e.date);
  }
  const latest = attempts === null ? null : attempts[attempts.length - 1];
  return {
    attempts: attempts ?? NO_HISTORY.attempts,
    retryOn: latest === null ? null : retryDay(latest, calendar),
    lastNotes: last?.notes ?? "",
    lastNotesOn: last?.date ?? null,
    inbound: inbound ?? NO_HISTORY.inbound,
    cardsSent: cardsSent ?? NO_HISTORY.cardsSent,
  };
}
