import type { CadenceTable } from "../rotation/cadence";
import { normaliseTier } from "../scoring/tierName";
import { OccasionWindow } from "../rotation/occasions";
import { sortByKey } from "../scoring/sortByKey";
import { daysOverdue, nextContact } from "../rotation/rotation";
import type { DaySerial } from "../dates/serial";
import type { WorkCalendar } from "../dates/workdays";
import { mergeHouseholds } from "../households/householdItems";

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
  /**
   * The household the client is called with (householdKey of its label); "" or absent for a
   * client called on its own. Members share one item on a list that groups households.
   */
  readonly householdKey?: string;
}

export type Reason =
  | { readonly kind: "overdue"; readonly days: number }
  | { readonly kind: "never-contacted" }
  | { readonly kind: "due-today" }
  | { readonly kind: "due-soon"; readonly inDays: number }
  | { readonly kind: "welcome" }
  | {
      readonly kind: "birthday";
      readonly on: DaySerial;
      readonly inDays: number;
      readonly age: number;
    }
  | {
      readonly kind: "anniversary";
      readonly on: DaySerial;
      readonly inDays: number;
      readonly years: number;
    };

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
  /**
   * On a list that groups households: every member's item, this one (the lead) first, when more
   * than one member is due. The lead's band, reasons and place stand for the household.
   */
  readonly members?: readonly CallItem[];
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
  /** One item per household: members with the same householdKey are called together. */
  readonly households?: boolean;
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
  /** Tier text as typed → normalised; a book spells its few tiers the same way many times. */
  tiers: Map<string, string>;
  occasions: OccasionWindow;
  cadence: CadenceTable;
  calendar: WorkCalendar;
  occasionDays: number;
  welcomeDays: number;
  dueSoonDays: number;
  topTier: string;
  secondTier: string;
  households: boolean;
}

function settingsOf(options: CallListOptions): Settings {
  const asOf = Math.floor(options.asOf);
  return {
    asOf,
    tiers: new Map(),
    occasions: new OccasionWindow(asOf, options.occasionDays ?? 7),
    cadence: options.cadence,
    calendar: options.calendar,
    occasionDays: options.occasionDays ?? 7,
    welcomeDays: options.welcomeDays ?? 30,
    dueSoonDays: options.dueSoonDays ?? 7,
    topTier: normaliseTier(options.topTier ?? "A"),
    secondTier: normaliseTier(options.secondTier ?? "B"),
    households: options.households ?? false,
  };
}

/** The client's occasions, or null (most clients have none: no array is made for them). */
function occasionsOf(client: RotationClient, s: Settings): Reason[] | null {
  let reasons: Reason[] | null = null;
  const since = client.clientSince;
  if (
    since !== null &&
    client.lastContact === null &&
    since <= s.asOf &&
    s.asOf - since <= s.welcomeDays
  ) {
    reasons = [{ kind: "welcome" }];
  }
  const birthday = client.birthday === null ? null : s.occasions.find(client.birthday);
  if (birthday !== null) {
    (reasons ??= []).push({
      kind: "birthday",
      on: birthday.on,
      inDays: birthday.on - s.asOf,
      age: birthday.years,
    });
  }
  const anniversary = since === null ? null : s.occasions.find(since);
  if (anniversary !== null && anniversary.years > 0) {
    (reasons ??= []).push({
      kind: "anniversary",
      on: anniversary.on,
      inDays: anniversary.on - s.asOf,
      years: anniversary.years,
    });
  }
  return reasons;
}

function tierOf(client: RotationClient, s: Settings): string | null {
  if (client.tier === null) return null;
  let tier = s.tiers.get(client.tier);
  if (tier === undefined) s.tiers.set(client.tier, (tier = normaliseTier(client.tier)));
  return tier;
}

function dueBand(tier: string | null, s: Settings): Band {
  if (tier === s.topTier) return Band.DueTop;
  if (tier === s.secondTier) return Band.DueSecond;
  return Band.DueOther;
}

/** The client's birthdays, anniversaries and welcome call within the window, contacted or not. */
export function occasionReasons(
  client: RotationClient,
  options: CallListOptions
): readonly Reason[] {
  return occasionsOf(client, settingsOf(options)) ?? [];
}

/** Whether the client is due a welcome call: added within the window and never contacted. */
export function isNewClient(client: RotationClient, options: CallListOptions): boolean {
  const since = client.clientSince;
  const asOf = Math.floor(options.asOf);
  return (
    since !== null &&
    client.lastContact === null &&
    since <= asOf &&
    asOf - since <= (options.welcomeDays ?? 30)
  );
}

/** Each client's birthday, anniversary or welcome call in the window as an occasion item. */
export function occasionItems(
  clients: readonly RotationClient[],
  options: CallListOptions
): CallItem[] {
  const s = settingsOf(options);
  const items: CallItem[] = [];
  for (const client of clients) {
    const reasons = occasionsOf(client, s);
    if (reasons !== null)
      items.push({ client, band: Band.Occasion, reasons, nextContact: null, overdueDays: 0 });
  }
  return items;
}

/** assessClient for many clients, the options read once (a book has thousands). */
export function assessClients(
  clients: readonly RotationClient[],
  options: CallListOptions
): (CallItem | null)[] {
  const s = settingsOf(options);
  return clients.map((client) => assess(client, s));
}

/** Where a client stands on the as-of date, or null when nothing puts it on the list. */
export function assessClient(client: RotationClient, options: CallListOptions): CallItem | null {
  return assess(client, settingsOf(options));
}

function assess(client: RotationClient, s: Settings): CallItem | null {
  if (client.snoozedUntil !== null && client.snoozedUntil > s.asOf) return null;
  // Contacted today: done for today, whatever else is coming up (the card still goes out).
  if (client.lastContact !== null && client.lastContact >= s.asOf) return null;
  const tier = tierOf(client, s);
  const days = tier === null ? undefined : s.cadence.get(tier);
  const occasions = occasionsOf(client, s);
  let rotation: Reason | null = null;
  let rotationBand = Band.DueSoon;
  let next: DaySerial | null = null;
  let overdue = 0;

  if (days !== undefined && client.lastContact === null) {
    // A new client's welcome call stands for the first contact.
    if (!occasions?.some((r) => r.kind === "welcome")) {
      rotation = { kind: "never-contacted" };
      rotationBand = tier === s.topTier ? Band.OverdueTop : dueBand(tier, s);
    }
  } else if (days !== undefined && client.lastContact !== null) {
    next = nextContact(client.lastContact, days, s.calendar);
    overdue = daysOverdue(next, s.asOf);
    if (overdue > 0) {
      rotation = { kind: "overdue", days: overdue };
      rotationBand = tier === s.topTier ? Band.OverdueTop : dueBand(tier, s);
    } else if (next === s.asOf) {
      rotation = { kind: "due-today" };
      rotationBand = dueBand(tier, s);
    } else if (next - s.asOf <= s.dueSoonDays) {
      rotation = { kind: "due-soon", inDays: next - s.asOf };
    }
  }
  if (rotation === null && occasions === null) return null;
  const reasons = occasions ?? [];
  let band = occasions === null ? rotationBand : Band.Occasion;
  if (rotation !== null) {
    reasons.push(rotation);
    band = Math.min(band, rotationBand);
  }
  return { client, band, reasons, nextContact: next, overdueDays: overdue };
}

/** Waits are capped at a century either way, so that every sort key fits one exact number. */
const DAY_SPAN = 40_000;
/** Scores are folded into the key in this many steps; the exact score settles what remains tied. */
const SCORE_STEPS = 2048;

/**
 * Band, then (among occasions) the soonest one, then tier, then how long the item has waited, then the score
 * (best first, in steps), folded in one whole number so the list sorts on numbers; what is still
 * tied is settled by compareTied.
 */
function sortKey(item: CallItem, s: Settings): number {
  // A welcome call is today's occasion; 9 means none within the window.
  let occasionIn = 9;
  // Most overdue first, never contacted before anything; then the soonest due.
  let wait =
    item.overdueDays > 0
      ? -item.overdueDays
      : item.nextContact === null
        ? 0
        : item.nextContact - s.asOf;
  for (const r of item.reasons) {
    if (r.kind === "welcome") occasionIn = 0;
    else if (r.kind === "birthday" || r.kind === "anniversary")
      occasionIn = Math.min(occasionIn, r.inDays);
    else if (r.kind === "never-contacted") wait = -DAY_SPAN + 1;
  }
  const tier = tierOf(item.client, s);
  const tierRank = tier === s.topTier ? 0 : tier === s.secondTier ? 1 : 2;
  const clampedWait = Math.max(-DAY_SPAN + 1, Math.min(DAY_SPAN - 1, wait)) + DAY_SPAN;
  const score = item.client.score;
  const scoreStep =
    score === null
      ? 0
      : 1 + Math.floor((Math.min(100, Math.max(0, score)) / 100) * (SCORE_STEPS - 2));
  // The soonest occasion leads only among occasions; elsewhere the longest wait does.
  const group =
    (item.band * 10 + (item.band === Band.Occasion ? Math.min(occasionIn, 9) : 0)) * 3 + tierRank;
  return (group * 2 * DAY_SPAN + clampedWait) * SCORE_STEPS + (SCORE_STEPS - 1 - scoreStep);
}

/** For items with equal sort keys: the better score first, then by name and ID for a stable order. */
function compareTied(a: CallItem, b: CallItem): number {
  return (
    (b.client.score ?? -1) - (a.client.score ?? -1) ||
    byCodeUnit(a.client.name, b.client.name) ||
    byCodeUnit(a.client.id, b.client.id)
  );
}

/** Plain code-unit order: deterministic on every machine, unlike the locale's collation. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Owners are matched as people type them: "  Dana " is dana. */
export function ownerKey(owner: string): string {
  return owner.trim().toLowerCase();
}

interface Capacity {
  readonly capacityMinutes: number;
  readonly minutesPerCall: number;
  /** How many calls fit in the hour. */
  readonly fits: number;
}

function capacityOf(options: CallListOptions): Capacity {
  const capacityMinutes = Math.max(0, options.capacityMinutes ?? 60);
  const minutesPerCall = Math.max(1, options.minutesPerCall ?? 10);
  return { capacityMinutes, minutesPerCall, fits: Math.floor(capacityMinutes / minutesPerCall) };
}

function listOf(
  owner: string,
  items: readonly CallItem[],
  s: Settings,
  capacity: Capacity
): CallList {
  const sorted = sortByKey(items, (item) => sortKey(item, s), compareTied);
  const ordered = s.households ? mergeHouseholds(sorted) : sorted;
  return {
    owner,
    calls: ordered.slice(0, capacity.fits),
    waiting: ordered.slice(capacity.fits),
    capacityMinutes: capacity.capacityMinutes,
    minutesPerCall: capacity.minutesPerCall,
  };
}

/**
 * Every owner's call list for the as-of date: the clients that are due, overdue or have an
 * occasion, most important first, with as many calls as fit in the hour; the rest wait.
 */
export function buildCallLists(
  clients: readonly RotationClient[],
  options: CallListOptions
): CallList[] {
  const s = settingsOf(options);
  const groups = new OwnerGroups();
  for (const client of clients) {
    const item = assess(client, s);
    if (item !== null) groups.add(client.owner, item);
  }
  return groups.lists(s, capacityOf(options));
}

/** Items grouped by owner as people type them ("Dana", " dana "), in one group per person. */
class OwnerGroups {
  private readonly byKey = new Map<string, { owner: string; items: CallItem[] }>();
  // A book has a handful of owners, each spelled a few ways: the text as typed is looked up first.
  private readonly byTyped = new Map<string, { owner: string; items: CallItem[] }>();

  add(owner: string, item: CallItem): void {
    let group = this.byTyped.get(owner);
    if (!group) {
      const key = ownerKey(owner);
      group = this.byKey.get(key);
      if (!group) this.byKey.set(key, (group = { owner: owner.trim(), items: [] }));
      this.byTyped.set(owner, group);
    }
    group.items.push(item);
  }

  /** Takes one person's items out of the groups (none: an empty list). */
  take(owner: string): CallItem[] {
    const key = ownerKey(owner);
    const group = this.byKey.get(key);
    this.byKey.delete(key);
    return group?.items ?? [];
  }

  lists(s: Settings, capacity: Capacity): CallList[] {
    return [...this.byKey.values()]
      .map(({ owner, items }) => listOf(owner, items, s, capacity))
      .sort((a, b) => byCodeUnit(a.owner, b.owner));
  }
}

/** The day with every client assessed once: one person's list, the team's, and the occasions. */
export interface Day {
  /** `me`'s list; with no one named, everyone's clients in one list. */
  readonly own: CallList;
  /** Everyone else's lists, by owner (none when no one is named). */
  readonly team: readonly CallList[];
  /** Every client with a birthday, anniversary or welcome call in the window, called or not. */
  readonly occasions: readonly CallItem[];
}

export function buildDay(
  clients: readonly RotationClient[],
  options: CallListOptions,
  me: string | null
): Day {
  const s = settingsOf(options);
  const capacity = capacityOf(options);
  const groups = new OwnerGroups();
  const everyone: CallItem[] = [];
  const occasions: CallItem[] = [];
  for (const client of clients) {
    const item = assess(client, s);
    if (item === null) {
      // Snoozed or called today: off the list, but the card still goes out.
      const reasons = occasionsOf(client, s);
      if (reasons !== null)
        occasions.push({ client, band: Band.Occasion, reasons, nextContact: null, overdueDays: 0 });
      continue;
    }
    // An assessed item carries its occasions among its reasons.
    if (
      item.reasons.some(
        (r) => r.kind === "welcome" || r.kind === "birthday" || r.kind === "anniversary"
      )
    )
      occasions.push(item);
    if (me === null) everyone.push(item);
    else groups.add(client.owner, item);
  }
  if (me === null) return { own: listOf("", everyone, s, capacity), team: [], occasions };
  const own = listOf(me.trim(), groups.take(me), s, capacity);
  return { own, team: groups.lists(s, capacity), occasions };
}

/** One owner's call list (empty when nothing is due for them); null for everyone's clients in one list. */
export function buildCallList(
  clients: readonly RotationClient[],
  options: CallListOptions,
  owner: string | null
): CallList {
  const s = settingsOf(options);
  const key = owner === null ? null : ownerKey(owner);
  const items: CallItem[] = [];
  for (const client of clients) {
    if (key !== null && ownerKey(client.owner) !== key) continue;
    const item = assess(client, s);
    if (item !== null) items.push(item);
  }
  return listOf(owner === null ? "" : owner.trim(), items, s, capacityOf(options));
}
