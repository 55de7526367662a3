/**
 * Today's relationship hour: the advisor's own calls sized to the hour, the cards to send, the
 * welcome calls, and each team member's list. The task pane shows exactly this; nothing here is
 * worked out again in the UI.
 */
import { buildDay, type CallItem } from "./callList";
import { callListOptions } from "./callListOptions";

export { callListOptions };
import type { BookClient } from "../book/clientBook";
import { dateText, lastContactText, reasonText, triesText } from "./reasonText";
import type { DaySerial } from "../dates/serial";
import type { RotationSettings, TierPolicy } from "../book/settings";
import { isNewClient, occasionItems, ownerKey, type RotationClient } from "./callList";
import { Responsibilities } from "./responsibility";
import { dueForMailing, type Mailing } from "./mailing";
import { householdCall, type HouseholdCall } from "../households/householdView";
import type { Introduction } from "../introductions/introductions";
import {
  introducerOf,
  introductionLines,
  introductionsByClient,
  thankText,
} from "../introductions/introductionViews";

/** The colour band of an item. */
export type Urgency = "overdue" | "due-this-week" | "current";

export interface TodayItem {
  readonly client: BookClient;
  /** Reasons in words: "31 days overdue", "birthday Thursday (turns 65)". */
  readonly why: readonly string[];
  readonly urgency: Urgency;
  readonly lastContact: string;
  readonly nextContact: DaySerial | null;
  /** How this tier is contacted and by whom, from the settings. */
  readonly policy: TierPolicy | null;
  /** The tries since the last contact: "2 tries: 3 Mar, 5 Mar"; "" when none. */
  readonly tries: string;
  /** The latest conversation's notes, with its date: "12 Mar 2026: talked about the move"; "". */
  readonly lastNotes: string;
  /** Inbound contacts since the last proactive one, with what they left to follow up. */
  readonly inbound: readonly InboundText[];
  readonly item: CallItem;
  /**
   * On a list by household: the family this item calls, with every member's own view (whose
   * `household` is null); null for a client called alone.
   */
  readonly household: HouseholdCall<TodayItem> | null;
  /** The client's introductions in the last twelve months: "introduced Ana Ruiz (…)". */
  readonly introductions: readonly string[];
}

export interface InboundText {
  /** "12 Mar 2026". */
  readonly on: string;
  readonly notes: string;
  readonly followUp: string;
}

export interface TodayList {
  /** The person responsible for these contacts (not necessarily the clients' owner). */
  readonly owner: string;
  readonly calls: readonly TodayItem[];
  readonly waiting: readonly TodayItem[];
  readonly plannedMinutes: number;
  readonly capacityMinutes: number;
  /** The cards this person sends and the welcome calls they make (for a team member's list). */
  readonly cards: readonly TodayItem[];
  readonly welcomes: readonly TodayItem[];
}

export interface TodayView {
  readonly asOf: DaySerial;
  readonly me: string;
  /** What I am responsible for (everyone's calls when no one is named). */
  readonly mine: TodayList;
  /** Birthdays and client anniversaries in the occasion window that I send a card for. */
  readonly cards: readonly TodayItem[];
  /** New clients never contacted whose welcome call is mine. */
  readonly welcomes: readonly TodayItem[];
  /** Everyone else's lists, per responsible person. */
  readonly team: readonly TodayList[];
  /** The non-personal tiers: who is due for each mailing. */
  readonly mailings: readonly Mailing[];
}

/** Days ahead that count as "due this week". */
const WEEK = 7;

function urgencyOf(item: CallItem, asOf: DaySerial): Urgency {
  if (item.reasons.some((r) => r.kind === "overdue" || r.kind === "never-contacted"))
    return "overdue";
  if (item.nextContact !== null && item.nextContact - asOf <= WEEK) return "due-this-week";
  if (item.reasons.some((r) => r.kind === "welcome")) return "due-this-week";
  return "current";
}

/** Days before an occasion within which a card logged closes it for the year. */
export const CARD_CLOSES_DAYS = 30;

/** A card logged shortly before (or on) the occasion takes it off the cards to send. */
function cardClosed(client: BookClient, item: CallItem): boolean {
  const on = item.reasons.flatMap((r) =>
    r.kind === "birthday" || r.kind === "anniversary" ? [r.on] : []
  );
  return on.every((day) =>
    client.history.cardsSent.some((sent) => sent <= day && day - sent <= CARD_CLOSES_DAYS)
  );
}

/**
 * The client as the call list sees it, under the person responsible: only the fields the list
 * reads (the view finds the whole client again by ID), so routing a large book copies little.
 */
function routedTo(client: BookClient, person: string): RotationClient {
  return {
    id: client.id,
    name: client.name,
    owner: person,
    tier: client.tier,
    score: client.score,
    lastContact: client.lastContact,
    birthday: client.birthday,
    clientSince: client.clientSince,
    snoozedUntil: client.snoozedUntil,
    householdKey: client.householdKey,
  };
}

/** dateText, remembered: the days of a book's notes repeat across thousands of items. */
function memoDateText(): (serial: DaySerial) => string {
  const known = new Map<DaySerial, string>();
  return (serial) => {
    let text = known.get(serial);
    if (text === undefined) known.set(serial, (text = dateText(serial)));
    return text;
  };
}

export function buildToday(
  clients: readonly BookClient[],
  settings: RotationSettings,
  asOf: DaySerial,
  introductions: readonly Introduction[] = []
): TodayView {
  // The book rotates by household when scoring gave its clients households.
  const options = callListOptions(
    settings,
    asOf,
    clients.some((c) => c.household !== null)
  );
  const policies = new Map(settings.tiers.map((t) => [t.tier, t]));
  const byId = new Map(clients.map((c) => [c.id, c]));
  const day = memoDateText();
  // Thousands of items share a few hundred last-contact days: each is put in words once.
  const lastSaidOn = new Map<DaySerial | null, string>();
  const lastSaid = (last: DaySerial | null) => {
    let text = lastSaidOn.get(last);
    if (text === undefined) lastSaidOn.set(last, (text = lastContactText(last, asOf)));
    return text;
  };
  const member = (item: CallItem): TodayItem => view(item, false);
  const intros = introductionsByClient(introductions);
  // A new client who came by introduction: the welcome call thanks the one who made it.
  const reasonsOf = (item: CallItem) =>
    item.reasons.map((r) => {
      const text = reasonText(r, asOf);
      if (r.kind !== "welcome") return text;
      const by = introducerOf(item.client.id, intros.get(item.client.id) ?? []);
      return by === null ? text : `${text}: ${thankText(by)}`;
    });
  const view = (item: CallItem, grouped = true): TodayItem => {
    const client = byId.get(item.client.id) as BookClient;
    return {
      client,
      why: reasonsOf(item),
      urgency: urgencyOf(item, asOf),
      lastContact: lastSaid(client.lastContact),
      nextContact: item.nextContact,
      policy: client.tier === null ? null : (policies.get(client.tier) ?? null),
      tries: triesText(client.history.attempts),
      lastNotes:
        client.history.lastNotesOn === null
          ? ""
          : `${day(client.history.lastNotesOn)}: ${client.history.lastNotes}`,
      inbound: client.history.inbound.map((i) => ({
        on: day(i.date),
        notes: i.notes,
        followUp: i.followUp,
      })),
      item,
      household: grouped ? householdCall(item, client, byId, member) : null,
      introductions: introductionLines(client.id, intros.get(client.id) ?? [], asOf),
    };
  };

  // Calls go to the person responsible (the client's "owner" for the lists below); mailing tiers
  // leave the calls, and their cards and welcome calls go to the owner's team: a new client is
  // welcomed in person whatever their tier.
  const routes = new Responsibilities(settings);
  const callClients: RotationClient[] = [];
  const mailingClients: RotationClient[] = [];
  for (const client of clients) {
    const route = routes.route(client);
    if (route.kind === "mailing" && isNewClient(client, options))
      callClients.push(routedTo(client, routes.occasionPerson(client)));
    else if (route.kind === "mailing")
      mailingClients.push(routedTo(client, routes.occasionPerson(client)));
    else callClients.push(route.person === client.owner ? client : routedTo(client, route.person));
  }
  const me = settings.me.trim();
  const { own, team, occasions } = buildDay(callClients, options, me === "" ? null : me);
  const allOccasions = [...occasions, ...occasionItems(mailingClients, options)];
  const has = (item: CallItem, ...kinds: string[]) =>
    item.reasons.some((r) => kinds.includes(r.kind));
  const cardsOf = (person: string | null) =>
    allOccasions
      .filter(
        (i) =>
          has(i, "birthday", "anniversary") &&
          (person === null || ownerKey(i.client.owner) === ownerKey(person)) &&
          !cardClosed(byId.get(i.client.id) as BookClient, i)
      )
      .map(member);
  const welcomesOf = (person: string | null) =>
    allOccasions
      .filter(
        (i) =>
          has(i, "welcome") && (person === null || ownerKey(i.client.owner) === ownerKey(person))
      )
      .map(member);
  const list = (
    owner: string,
    calls: readonly CallItem[],
    waiting: readonly CallItem[],
    person: string | null
  ): TodayList => ({
    owner,
    calls: calls.map((i) => view(i)),
    waiting: waiting.map((i) => view(i)),
    plannedMinutes: calls.length * settings.minutesPerCall,
    capacityMinutes: settings.capacityMinutes,
    cards: cardsOf(person),
    welcomes: welcomesOf(person),
  });
  const mine = list(me, own.calls, own.waiting, me === "" ? null : me);
  return {
    asOf,
    me,
    mine,
    cards: mine.cards,
    welcomes: mine.welcomes,
    team: team.map((l) => list(l.owner, l.calls, l.waiting, l.owner)),
    mailings: dueForMailing(clients, settings, asOf),
  };
}
