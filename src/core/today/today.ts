/**
 * Today's relationship hour: the advisor's own calls sized to the hour, the cards to send, the
 * welcome calls, and each team member's list. The task pane shows exactly this; nothing here is
 * worked out again in the UI.
 */
import { buildDay, type CallItem, type CallListOptions } from "./callList";
import type { BookClient } from "../book/clientBook";
import { dateText, lastContactText, reasonText, triesText } from "./reasonText";
import type { DaySerial } from "../dates/serial";
import {
  cadenceTable,
  workCalendar,
  type RotationSettings,
  type TierPolicy,
} from "../book/settings";

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
}

export interface InboundText {
  /** "12 Mar 2026". */
  readonly on: string;
  readonly notes: string;
  readonly followUp: string;
}

export interface TodayList {
  readonly owner: string;
  readonly calls: readonly TodayItem[];
  readonly waiting: readonly TodayItem[];
  readonly plannedMinutes: number;
  readonly capacityMinutes: number;
}

export interface TodayView {
  readonly asOf: DaySerial;
  readonly me: string;
  readonly mine: TodayList;
  /** Birthdays and client anniversaries in the occasion window: cards to send. */
  readonly cards: readonly TodayItem[];
  /** New clients never contacted. */
  readonly welcomes: readonly TodayItem[];
  /** Everyone else's lists, for the team's B and C rotation. */
  readonly team: readonly TodayList[];
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

export function callListOptions(settings: RotationSettings, asOf: DaySerial): CallListOptions {
  return {
    asOf,
    cadence: cadenceTable(settings),
    calendar: workCalendar(settings),
    capacityMinutes: settings.capacityMinutes,
    minutesPerCall: settings.minutesPerCall,
    topTier: settings.tiers[0]?.tier ?? "A",
    secondTier: settings.tiers[1]?.tier ?? "B",
  };
}

export function buildToday(
  clients: readonly BookClient[],
  settings: RotationSettings,
  asOf: DaySerial
): TodayView {
  const options = callListOptions(settings, asOf);
  const policies = new Map(settings.tiers.map((t) => [t.tier, t]));
  const byId = new Map(clients.map((c) => [c.id, c]));
  const view = (item: CallItem): TodayItem => {
    const client = byId.get(item.client.id) as BookClient;
    return {
      client,
      why: item.reasons.map((r) => reasonText(r, asOf)),
      urgency: urgencyOf(item, asOf),
      lastContact: lastContactText(client.lastContact, asOf),
      nextContact: item.nextContact,
      policy: client.tier === null ? null : (policies.get(client.tier) ?? null),
      tries: triesText(client.history.attempts),
      lastNotes:
        client.history.lastNotesOn === null
          ? ""
          : `${dateText(client.history.lastNotesOn)}: ${client.history.lastNotes}`,
      inbound: client.history.inbound.map((i) => ({
        on: dateText(i.date),
        notes: i.notes,
        followUp: i.followUp,
      })),
      item,
    };
  };
  const list = (
    owner: string,
    calls: readonly CallItem[],
    waiting: readonly CallItem[]
  ): TodayList => ({
    owner,
    calls: calls.map(view),
    waiting: waiting.map(view),
    plannedMinutes: calls.length * settings.minutesPerCall,
    capacityMinutes: settings.capacityMinutes,
  });

  const me = settings.me.trim();
  const { own, team, occasions } = buildDay(clients, options, me === "" ? null : me);
  const has = (item: CallItem, ...kinds: string[]) =>
    item.reasons.some((r) => kinds.includes(r.kind));
  return {
    asOf,
    me,
    mine: list(me, own.calls, own.waiting),
    cards: occasions.filter((i) => has(i, "birthday", "anniversary")).map(view),
    welcomes: occasions.filter((i) => has(i, "welcome")).map(view),
    team: team.map((l) => list(l.owner, l.calls, l.waiting)),
  };
}
