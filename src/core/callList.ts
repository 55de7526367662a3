import { normaliseTier, type CadenceTable } from "./cadence";
import { nextAnniversary } from "./occasions";
import { daysOverdue, nextContact } from "./rotation";
import type { DaySerial } from "./serial";
import type { WorkCalendar } from "./workdays";

/** What the call list needs to know of one client. */
export interface RotationClient {
  readonly id: string;
  readonly name: string;
  /** Who is responsible for the contact; "" when nobody is. */
  readonly owner: string;
  /** The effective tier (override applied), or null. */
  readonly tier: string | null;
  readonly score: number | null;
  /** Last proactive contact; null when never contacted. */
  readonly lastContact: DaySerial | null;
  readonly birthday: DaySerial | null;
  readonly clientSince: DaySerial | null;
  /** Snoozed items stay off the list until this day. */
  readonly snoozedUntil: DaySerial | null;
}

export type Reason =
  | { readonly kind: "overdue"; readonly days: number }
  | { readonly kind: "never-contacted" }
  | { readonly kind: "due-today" }
  | { readonly kind: "due-soon"; readonly inDays: number }
  | { readonly kind: "welcome" }
  | { readonly kind: "birthday"; readonly on: DaySerial; readonly inDays: number; readonly age: number }
  | { readonly kind: "anniversary"; readonly on: DaySerial; readonly inDays: number; readonly years: number };

/** Bands, most important first: the order the hour is spent in. */
export enum Band {
  OverdueTop = 0,
  Occasion = 1,
  DueTop = 2,
  DueSecond = 3,
  DueOther = 4,
  DueSoon = 5,
}

export interface CallItem {
  readonly client: RotationClient;
  readonly band: Band;
  readonly reasons: readonly Reason[];
  /** Null when the client has no tier with a cadence, or was never contacted. */
  readonly nextContact: DaySerial | null;
  readonly overdueDays: number;
}

export interface CallListOptions {
  readonly asOf: DaySerial;
  readonly cadence: CadenceTable;
  readonly calendar: WorkCalendar;
  /** Minutes in the hour (default 60). */
  readonly capacityMinutes?: number;
  /** Minutes a call takes (default 10). */
  readonly minutesPerCall?: number;
  /** Birthdays and client anniversaries this many days ahead count as occasions (default 7). */
  readonly occasionDays?: number;
  /** Clients added this many days ago or less and never contacted get a welcome call (default 30). */
  readonly welcomeDays?: number;
  /** Clients whose next contact is this many days ahead fill any time left (default 7). */
  readonly dueSoonDays?: number;
  /** The tiers that are personal, top-tier calls (default A), and the second tier (default B). */
  readonly topTier?: string;
  readonly secondTier?: string;
}

export interface CallList {
  readonly owner: string;
  /** The calls that fit in the hour, most important first. */
  readonly calls: readonly CallItem[];
  /** Everything else that is due, in the same order, for when the hour runs long. */
  readonly waiting: readonly CallItem[];
  readonly capacityMinutes: number;
  readonly minutesPerCall: number;
}

interface Settings {
  asOf: DaySerial;
  cadence: CadenceTable;
  calendar: WorkCalendar;
  occasionDays: number;
  welcomeDays: number;
  dueSoonDays: number;
  topTier: string;
  secondTier: string;
}

function settingsOf(options: CallListOptions): Settings {
  return {
    asOf: Math.floor(options.asOf),
    cadence: options.cadence,
    calendar: options.calendar,
    occasionDays: options.occasionDays ?? 7,
    welcomeDays: options.welcomeDays ?? 30,
    dueSoonDays: options.dueSoonDays ?? 7,
    topTier: normaliseTier(options.topTier ?? "A"),
    secondTier: normaliseTier(options.secondTier ?? "B"),
  };
}

function occasionsOf(client: RotationClient, s: Settings): Reason[] {
  const reasons: Reason[] = [];
  const isNew = client.clientSince !== null && s.asOf - client.clientSince <= s.welcomeDays && client.clientSince <= s.asOf;
  if (isNew && client.lastContact === null) reasons.push({ kind: "welcome" });
  if (client.birthday !== null && client.birthday < s.asOf) {
    const next = nextAnniversary(client.birthday, s.asOf);
    if (next.on - s.asOf <= s.occasionDays) reasons.push({ kind: "birthday", on: next.on, inDays: next.on - s.asOf, age: next.years });
  }
  if (client.clientSince !== null && client.clientSince < s.asOf) {
    const next = nextAnniversary(client.clientSince, s.asOf);
    if (next.years > 0 && next.on - s.asOf <= s.occasionDays) {
      reasons.push({ kind: "anniversary", on: next.on, inDays: next.on - s.asOf, years: next.years });
    }
  }
  return reasons;
}

function dueBand(tier: string | null, s: Settings): Band {
  if (tier === s.topTier) return Band.DueTop;
  if (tier === s.secondTier) return Band.DueSecond;
  return Band.DueOther;
}

/** Where a client stands on the as-of date, or null when nothing puts it on the list. */
export function assessClient(client: RotationClient, options: CallListOptions): CallItem | null {
  return assess(client, settingsOf(options));
}

function assess(client: RotationClient, s: Settings): CallItem | null {
  if (client.snoozedUntil !== null && client.snoozedUntil > s.asOf) return null;
  const tier = client.tier === null ? null : normaliseTier(client.tier);
  const days = tier === null ? undefined : s.cadence.get(tier);
  const occasions = occasionsOf(client, s);
  const reasons: Reason[] = [...occasions];
  let band: Band | null = occasions.length > 0 ? Band.Occasion : null;
  let next: DaySerial | null = null;
  let overdue = 0;
  const lower = (candidate: Band) => {
    if (band === null || candidate < band) band = candidate;
  };

  if (days !== undefined && client.lastContact === null && !occasions.some((r) => r.kind === "welcome")) {
    reasons.push({ kind: "never-contacted" });
    lower(tier === s.topTier ? Band.OverdueTop : dueBand(tier, s));
  } else if (days !== undefined && client.lastContact !== null) {
    next = nextContact(client.lastContact, days, s.calendar);
    overdue = daysOverdue(next, s.asOf);
    if (overdue > 0) {
      reasons.push({ kind: "overdue", days: overdue });
      lower(tier === s.topTier ? Band.OverdueTop : dueBand(tier, s));
    } else if (next === s.asOf) {
      reasons.push({ kind: "due-today" });
      lower(dueBand(tier, s));
    } else if (next - s.asOf <= s.dueSoonDays) {
      reasons.push({ kind: "due-soon", inDays: next - s.asOf });
      lower(Band.DueSoon);
    }
  }
  return band === null ? null : { client, band, reasons, nextContact: next, overdueDays: overdue };
}

/** How long the item has waited: never contacted counts as longest. */
function urgency(item: CallItem): number {
  return item.reasons.some((r) => r.kind === "never-contacted") ? Infinity : item.overdueDays;
}

/** Days until the item's soonest occasion, or Infinity. */
function occasionIn(item: CallItem): number {
  let soonest = Infinity;
  for (const r of item.reasons) {
    if (r.kind === "welcome") soonest = Math.min(soonest, 0);
    else if (r.kind === "birthday" || r.kind === "anniversary") soonest = Math.min(soonest, r.inDays);
  }
  return soonest;
}

function tierRank(item: CallItem, s: Settings): number {
  const tier = item.client.tier === null ? null : normaliseTier(item.client.tier);
  return tier === s.topTier ? 0 : tier === s.secondTier ? 1 : 2;
}

function compareItems(a: CallItem, b: CallItem, s: Settings): number {
  return (
    a.band - b.band ||
    occasionIn(a) - occasionIn(b) ||
    tierRank(a, s) - tierRank(b, s) ||
    urgency(b) - urgency(a) ||
    (a.nextContact ?? 0) - (b.nextContact ?? 0) ||
    (b.client.score ?? -1) - (a.client.score ?? -1) ||
    a.client.name.localeCompare(b.client.name) ||
    (a.client.id < b.client.id ? -1 : a.client.id > b.client.id ? 1 : 0)
  );
}

/** Owners are matched as people type them: "  Dana " is dana. */
export function ownerKey(owner: string): string {
  return owner.trim().toLowerCase();
}

/**
 * Every owner's call list for the as-of date: the clients that are due, overdue or have an
 * occasion, most important first, with as many calls as fit in the hour; the rest wait.
 */
export function buildCallLists(clients: readonly RotationClient[], options: CallListOptions): CallList[] {
  const s = settingsOf(options);
  const capacityMinutes = Math.max(0, options.capacityMinutes ?? 60);
  const minutesPerCall = Math.max(1, options.minutesPerCall ?? 10);
  const fits = Math.floor(capacityMinutes / minutesPerCall);
  const byOwner = new Map<string, { owner: string; items: CallItem[] }>();
  for (const client of clients) {
    const item = assess(client, s);
    if (item === null) continue;
    const key = ownerKey(client.owner);
    let group = byOwner.get(key);
    if (!group) byOwner.set(key, (group = { owner: client.owner.trim(), items: [] }));
    group.items.push(item);
  }
  const lists: CallList[] = [];
  for (const { owner, items } of byOwner.values()) {
    items.sort((a, b) => compareItems(a, b, s));
    lists.push({ owner, calls: items.slice(0, fits), waiting: items.slice(fits), capacityMinutes, minutesPerCall });
  }
  return lists.sort((a, b) => a.owner.localeCompare(b.owner));
}

/** One owner's call list (empty when nothing is due for them). */
export function buildCallList(clients: readonly RotationClient[], options: CallListOptions, owner: string): CallList {
  const key = ownerKey(owner);
  const mine = clients.filter((c) => ownerKey(c.owner) === key);
  return (
    buildCallLists(mine, options)[0] ?? {
      owner: owner.trim(),
      calls: [],
      waiting: [],
      capacityMinutes: Math.max(0, options.capacityMinutes ?? 60),
      minutesPerCall: Math.max(1, options.minutesPerCall ?? 10),
    }
  );
}
