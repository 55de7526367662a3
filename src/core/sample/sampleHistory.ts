/**
 * The sample book's Contact Log: a short history per client that agrees with its row. The latest
 * proactive entry is the row's "Last contact" and carries its "Follow-up"; inbound entries and
 * snoozes come and go around it without moving either, as contactEffect rules.
 */
import type { Channel, ContactEntry, Direction } from "../book/contactLog";
import type { ContactOutcome } from "../book/contactOutcome";
import type { DaySerial } from "../dates/serial";

/** How far back the history goes: eighteen months. Every entry is dated within it. */
export const HISTORY_DAYS = 548;

export interface HistoryClient {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly since: DaySerial;
  /** The row's "Last contact"; null for a client never contacted. */
  readonly lastContact: DaySerial | null;
  /** The row's "Follow-up": what the last proactive contact left to raise. */
  readonly followUp: string;
  /** The days between contacts the client's tier is likely to have. */
  readonly cadence: number;
}

export interface HistoryContext {
  readonly asOf: DaySerial;
  readonly next: () => number;
  /** Who else may make a contact: a colleague covers now and then. */
  readonly owners: readonly string[];
  /** Follow-ups an earlier contact may have left, blanks included. */
  readonly followUps: readonly string[];
}

interface Kind {
  readonly channel: Channel;
  /** Out of 100, within its direction. */
  readonly weight: number;
  /** Shortest and longest; null where nobody counts the minutes of a card or a text. */
  readonly minutes: readonly [number, number] | null;
  readonly notes: readonly string[];
}

const OUTBOUND: readonly Kind[] = [
  {
    channel: "call",
    weight: 55,
    minutes: [5, 25],
    notes: [
      "quarterly check-in",
      "went over the portfolio",
      "rebalancing discussed",
      "caught up on family news",
      "market volatility questions",
    ],
  },
  {
    channel: "meeting",
    weight: 12,
    minutes: [30, 60],
    notes: ["annual review", "financial plan updated", "estate planning with spouse"],
  },
  {
    channel: "in person",
    weight: 8,
    minutes: [20, 90],
    notes: ["lunch", "coffee near their office", "client evening at the branch"],
  },
  {
    channel: "email",
    weight: 15,
    minutes: [5, 10],
    notes: ["sent the market update", "shared the tax-season checklist", ""],
  },
  {
    channel: "card",
    weight: 7,
    minutes: null,
    notes: ["birthday card", "holiday card", "thank-you note"],
  },
  { channel: "other", weight: 3, minutes: null, notes: ["text message", "LinkedIn message"] },
];

const INBOUND: readonly Kind[] = [
  {
    channel: "call",
    weight: 60,
    minutes: [3, 20],
    notes: ["asked about a transfer", "question on a statement", "address change"],
  },
  {
    channel: "email",
    weight: 32,
    minutes: [2, 8],
    notes: ["sent signed documents", "asked for a tax form"],
  },
  { channel: "in person", weight: 8, minutes: [10, 30], notes: ["dropped by the branch"] },
];

/** Chance of an inbound entry in a client's history. */
const INBOUND_SHARE = 0.35;
/** Chance that a client whose contact is overdue was snoozed in the last week. */
const SNOOZE_SHARE = 0.04;
/** Chance that a colleague made a proactive contact instead of the owner. */
const COVER_SHARE = 0.06;

function kindOf(kinds: readonly Kind[], draw: number): Kind {
  let left = draw * 100;
  for (const kind of kinds) {
    left -= kind.weight;
    if (left < 0) return kind;
  }
  return kinds[kinds.length - 1];
}

function contact(
  client: HistoryClient,
  context: HistoryContext,
  date: DaySerial,
  direction: Direction,
  followUp: string
): ContactEntry {
  const { next, owners } = context;
  const kind = kindOf(direction === "outbound" ? OUTBOUND : INBOUND, next());
  const covered = direction === "outbound" && next() < COVER_SHARE;
  const minutesDraw = next();
  return {
    date,
    clientId: client.id,
    clientName: client.name,
    who: covered ? owners[Math.floor(next() * owners.length)] : client.owner,
    channel: kind.channel,
    direction,
    minutes:
      kind.minutes === null
        ? null
        : kind.minutes[0] + Math.round(minutesDraw * (kind.minutes[1] - kind.minutes[0])),
    notes: kind.notes[Math.floor(next() * kind.notes.length)],
    followUp,
    snoozedUntil: null,
    outcome: sampleOutcome(kind.channel, direction),
  };
}

/**
 * Calls reach and meetings meet; the sample's cards and e-mails carry no outcome, as a log kept
 * before outcomes existed, so each row's last contact stays the latest proactive entry whatever
 * the client's tier.
 */
function sampleOutcome(channel: Channel, direction: Direction): ContactOutcome | null {
  if (channel === "call") return "reached";
  if (channel === "meeting" || channel === "in person") return "met";
  return direction === "inbound" ? "reached" : null;
}

/**
 * Appends one client's entries to `into`, unordered: the last proactive contact, up to two before
 * it about a cadence apart, now and then an inbound contact (before or after the last one, so it
 * must not count), and, for a few overdue clients, a snooze. A handful of draws per client.
 */
export function clientHistory(
  client: HistoryClient,
  context: HistoryContext,
  into: ContactEntry[]
): void {
  const { asOf, next, followUps } = context;
  const start = Math.max(client.since, asOf - HISTORY_DAYS);
  const last = client.lastContact;
  if (last !== null) {
    into.push(contact(client, context, last, "outbound", client.followUp));
    // Frequent tiers have more contacts within the window; a yearly one has one or two.
    const earlier = client.cadence <= 90 ? 2 : 1;
    let date = last;
    for (let k = 0; k < earlier; k++) {
      date -= Math.round(client.cadence * (0.7 + 0.5 * next()));
      if (date < start) break;
      const followUp = followUps[Math.floor(next() * followUps.length)];
      into.push(contact(client, context, date, "outbound", followUp));
    }
  }
  if (next() < INBOUND_SHARE) {
    const date = start + Math.floor(next() * (asOf - start + 1));
    into.push(contact(client, context, date, "inbound", ""));
  }
  const gap = last === null ? 0 : asOf - last;
  // A snooze is logged when the client was on the list: after the last contact, so it counts.
  if (gap > client.cadence && next() < SNOOZE_SHARE) {
    into.push({
      date: asOf - Math.floor(next() * 7),
      clientId: client.id,
      clientName: client.name,
      who: client.owner,
      channel: "snooze",
      direction: "outbound",
      minutes: null,
      notes: "",
      followUp: "",
      snoozedUntil: asOf + 1 + Math.floor(next() * 14),
      outcome: null,
    });
  }
}

/**
 * The entries oldest first, as a log is written, by counting days: every date lies in
 * [from, to], so this is linear where a sort would not be. Stable, so one day keeps its order.
 */
export function inDateOrder(
  entries: readonly ContactEntry[],
  from: DaySerial,
  to: DaySerial
): ContactEntry[] {
  const starts = new Int32Array(to - from + 2);
  for (const e of entries) {
    if (e.date < from || e.date > to)
      throw new RangeError(`entry dated ${e.date} outside ${from}..${to}`);
    starts[e.date - from + 1]++;
  }
  for (let d = 1; d < starts.length; d++) starts[d] += starts[d - 1];
  const ordered = new Array<ContactEntry>(entries.length);
  for (const e of entries) ordered[starts[e.date - from]++] = e;
  return ordered;
}
