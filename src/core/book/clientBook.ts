/**
 * The book as the rotation sees it: every client scored (criteria ranked within the book, weighted
 * by the settings) and tiered (the typed tier where there is one, else ABC on revenue, or on the
 * score where the table has no revenue column).
 */
import { AbcBook } from "../scoring/abcTier";
import { effectiveTier } from "../rotation/cadence";
import type { RotationClient } from "../today/callList";
import { CRITERIA } from "./clientFields";
import type { ClientRecord } from "./clientRows";
import type { ContactEntry } from "./contactLog";
import { snoozes } from "./contactLog";
import { contactHistory, entriesByClient, type ContactHistory } from "./contactHistory";
import { RankedBook, scoreOwnRow } from "../scoring/score";
import type { DaySerial } from "../dates/serial";
import type { WorkCalendar } from "../dates/workdays";
import { tierPolicy, weightOf, workCalendar, type RotationSettings } from "./settings";
import { tierMode } from "./tierResponsibility";

export interface BookClient extends RotationClient {
  readonly record: ClientRecord;
  /** The tier from the analysis, before any typed override. */
  readonly computedTier: string | null;
  /** What the Contact Log says since the rotation last moved: attempts, notes, inbound contacts. */
  readonly history: ContactHistory;
}

/** A snooze counts until a later contact moves the rotation on. */
export function activeSnooze(
  until: DaySerial | null,
  lastContact: DaySerial | null
): DaySerial | null {
  return until !== null && (lastContact === null || until > lastContact) ? until : null;
}

/**
 * The client's history and the day it is off the list until: the later of its snooze and the
 * retry day after its latest attempt (an unanswered call comes back in a couple of days).
 */
export function followLog(
  client: Omit<BookClient, "history" | "snoozedUntil">,
  entries: readonly ContactEntry[],
  settings: RotationSettings,
  calendar: WorkCalendar = workCalendar(settings)
): BookClient {
  const mode = tierMode(client.tier === null ? null : tierPolicy(settings, client.tier));
  const history = contactHistory(entries, client.lastContact, mode, calendar);
  const snoozed = snoozes(entries).get(client.id) ?? null;
  const latest = Math.max(snoozed ?? -Infinity, history.retryOn ?? -Infinity);
  const until = Number.isFinite(latest) ? latest : null;
  return { ...client, history, snoozedUntil: activeSnooze(until, client.lastContact) };
}

export function scoreBook(
  records: readonly ClientRecord[],
  settings: RotationSettings,
  log: readonly ContactEntry[] = []
): BookClient[] {
  const weights = CRITERIA.map((field) => weightOf(settings, field));
  const ranked = RankedBook.ofOwnRows(
    records.map((r) => r.criteria),
    CRITERIA.length
  );
  const scores = records.map((_, i) =>
    weights.some((w) => w > 0) ? scoreOwnRow(ranked, i, weights) : null
  );
  const revenueColumn = CRITERIA.indexOf("revenue");
  const hasRevenue = records.some((r) => r.criteria[revenueColumn] !== null);
  const basis = records.map((r, i) => (hasRevenue ? r.criteria[revenueColumn] : scores[i]));
  const abc = new AbcBook(basis.filter((v): v is number => v !== null && v >= 0));
  const tierOf = abc.ownTiers(settings.abc);
  const byClient = entriesByClient(log);
  const calendar = workCalendar(settings);
  return records.map((record, i) => {
    const value = basis[i];
    const computedTier = value === null || value < 0 ? null : tierOf(value);
    const client = {
      id: record.id,
      name: record.name,
      owner: record.owner,
      tier: effectiveTier(record.tierTyped, computedTier),
      score: scores[i],
      lastContact: record.lastContact,
      birthday: record.birthday,
      clientSince: record.clientSince,
      record,
      computedTier,
    };
    return followLog(client, byClient.get(record.id) ?? [], settings, calendar);
  });
}
