/**
 * The book as the rotation sees it: every client scored (criteria ranked within the book, weighted
 * by the settings) and tiered (the typed tier where there is one, else ABC on revenue, or on the
 * score where the table has no revenue column).
 */
import { AbcBook } from "../scoring/abcTier";
import { effectiveTier } from "../scoring/tierName";
import type { RotationClient } from "../today/callList";
import { CRITERIA } from "./clientFields";
import type { ClientRecord } from "./clientRows";
import type { ContactEntry } from "./contactLog";
import { snoozes } from "./contactLog";
import { contactHistory, NO_HISTORY, type ContactHistory } from "./contactHistory";
import { LogByClient } from "./logByClient";
import type { TierMode } from "./contactOutcome";
import { RankedBook, scoreOwnRow } from "../scoring/score";
import type { DaySerial } from "../dates/serial";
import type { WorkCalendar } from "../dates/workdays";
import { tierPolicy, weightOf, workCalendar, type RotationSettings } from "./settings";
import { tierMode } from "./tierResponsibility";
import {
  clientUnits,
  householdUnits,
  rotatesByHousehold,
  type HouseholdOf,
  type ScoringUnits,
} from "../households/householdBook";
import type { Introduction } from "../introductions/introductions";
import { introductionsMade } from "../introductions/introductionViews";

export interface BookClient extends RotationClient {
  readonly record: ClientRecord;
  /** The tier from the analysis, before any typed override (the household's, by household). */
  readonly computedTier: string | null;
  /** The client's household when the book rotates by household and the client has a label. */
  readonly household: HouseholdOf | null;
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

/** What following the log needs of the book, worked out once rather than per client. */
interface LogContext {
  readonly calendar: WorkCalendar;
  /** Each tier's way of contact; a book has a handful of tiers and thousands of clients. */
  readonly modes: Map<string, TierMode>;
  readonly settings: RotationSettings;
}

function modeOf(tier: string | null, context: LogContext): TierMode {
  if (tier === null) return "personal";
  let mode = context.modes.get(tier);
  if (mode === undefined)
    context.modes.set(tier, (mode = tierMode(tierPolicy(context.settings, tier))));
  return mode;
}

/** The history and the snooze-or-retry day of a client, from its entries. */
function historyOf(
  tier: string | null,
  lastContact: DaySerial | null,
  entries: readonly ContactEntry[],
  snoozed: DaySerial | null,
  context: LogContext
): { history: ContactHistory; snoozedUntil: DaySerial | null } {
  const history =
    entries.length === 0
      ? NO_HISTORY
      : contactHistory(entries, lastContact, modeOf(tier, context), context.calendar);
  const retry = history.retryOn;
  const until = retry === null ? snoozed : snoozed === null ? retry : Math.max(snoozed, retry);
  return { history, snoozedUntil: activeSnooze(until, lastContact) };
}

/**
 * The client's history and the day it is off the list until: the later of its snooze and the
 * retry day after its latest attempt (an unanswered call comes back in a couple of days).
 */
export function followLog(
  client: Omit<BookClient, "history" | "snoozedUntil">,
  entries: readonly ContactEntry[],
  settings: RotationSettings
): BookClient {
  const context = { calendar: workCalendar(settings), modes: new Map(), settings };
  const snoozed = snoozes(entries).get(client.id) ?? null;
  return { ...client, ...historyOf(client.tier, client.lastContact, entries, snoozed, context) };
}

/** Each unit's criteria with its introductions made (a household's add up) as the last column. */
function withIntroductions(
  units: ScoringUnits,
  records: readonly ClientRecord[],
  introductions: readonly Introduction[],
  weights: readonly number[],
  weight: number
): { rows: (number | null)[][]; weights: number[] } {
  const made = introductionsMade(introductions);
  const counts = new Array<number>(units.rows.length).fill(0);
  records.forEach((r, i) => (counts[units.unitOf(i)] += made.get(r.id) ?? 0));
  return {
    rows: units.rows.map((row, u) => [...row, counts[u]]),
    weights: [...weights, weight],
  };
}

/**
 * By household, a contact with any member is a contact with the family: each household's latest
 * last contact (as HOUSEHOLDNEXTCONTACT takes it), so a family whose members were last reached on
 * different days is due once, by the latest. A member's own day stays on its record.
 */
function familyLastContacts(
  units: ScoringUnits,
  records: readonly ClientRecord[]
): (DaySerial | null)[] {
  const latest = new Array<DaySerial | null>(units.rows.length).fill(null);
  records.forEach((record, i) => {
    const day = record.lastContact;
    const u = units.unitOf(i);
    const had = latest[u];
    if (day !== null && (had === null || day > had)) latest[u] = day;
  });
  return latest;
}

export function scoreBook(
  records: readonly ClientRecord[],
  settings: RotationSettings,
  log: readonly ContactEntry[] = [],
  introductions: readonly Introduction[] = []
): BookClient[] {
  // By household, the family is scored and tiered as one; each member takes its unit's figures.
  const byHousehold = rotatesByHousehold(settings.households, records);
  const units = byHousehold ? householdUnits(records) : clientUnits(records);
  const weights = CRITERIA.map((field) => weightOf(settings, field));
  // Introductions made, where opted in, are one more criterion ranked like the others.
  const scored =
    settings.introductionWeight > 0
      ? withIntroductions(units, records, introductions, weights, settings.introductionWeight)
      : { rows: units.rows, weights };
  const ranked = RankedBook.ofOwnRows(scored.rows, scored.weights.length);
  const unitScores = units.rows.map((_, u) =>
    scored.weights.some((w) => w > 0) ? scoreOwnRow(ranked, u, scored.weights) : null
  );
  const revenueColumn = CRITERIA.indexOf("revenue");
  const hasRevenue = units.rows.some((r) => r[revenueColumn] !== null);
  const basis = units.rows.map((r, u) => (hasRevenue ? r[revenueColumn] : unitScores[u]));
  const abc = new AbcBook(basis.filter((v): v is number => v !== null && v >= 0));
  const tierOf = abc.ownTiers(settings.abc);
  const byClient = new LogByClient(
    log,
    records.map((r) => r.id)
  );
  const snoozed = snoozes(log);
  const context: LogContext = { calendar: workCalendar(settings), modes: new Map(), settings };
  const familyLast = byHousehold ? familyLastContacts(units, records) : [];
  return records.map((record, i): BookClient => {
    const unit = units.unitOf(i);
    const value = basis[unit];
    const computedTier = value === null || value < 0 ? null : tierOf(value);
    const tier = effectiveTier(record.tierTyped, computedTier);
    const household = units.householdOf(i);
    const lastContact = household === null ? record.lastContact : familyLast[unit];
    // One object literal per client, of one shape: a book holds up to 100,000 of them.
    const { history, snoozedUntil } = historyOf(
      tier,
      lastContact,
      byClient.entriesOf(i),
      snoozed.get(record.id) ?? null,
      context
    );
    return {
      id: record.id,
      name: record.name,
      owner: record.owner,
      tier,
      score: unitScores[unit],
      lastContact,
      birthday: record.birthday,
      clientSince: record.clientSince,
      snoozedUntil,
      householdKey: household === null ? "" : household.key,
      record,
      computedTier,
      household,
      history,
    };
  });
}
