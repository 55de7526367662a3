/**
 * The call list as the command line prints it: JSON for programs, text for people. Both are a
 * plain rendering of the core's TodayView; nothing is worked out again here.
 */
import { oneLine } from "../core/cells/oneLine";
import { emailAddress, phoneNumber } from "../core/book/contactUri";
import type { RowProblem } from "../core/book/clientRows";
import { dateText } from "../core/today/reasonText";
import { formatIsoDate, isoWeekday } from "../core/dates/serial";
import type { TodayItem, TodayList, TodayView } from "../core/today/today";

export interface TodayItemJson {
  readonly id: string;
  readonly name: string;
  readonly tier: string | null;
  readonly owner: string;
  readonly why: readonly string[];
  readonly urgency: TodayItem["urgency"];
  /** ISO date of the last proactive contact; null when never contacted. */
  readonly lastContact: string | null;
  readonly nextContact: string | null;
  readonly followUp: string;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
  /** "2 tries: 3 Mar, 5 Mar"; "" when none. */
  readonly tries: string;
  readonly lastNotes: string;
  readonly inbound: TodayItem["inbound"];
  readonly profile: TodayItem["client"]["record"]["profile"];
  /** On a list by household: "The Lopez household: Maria, Tom" and every member's own item. */
  readonly household?: { readonly heading: string; readonly members: readonly TodayItemJson[] };
  /** The client's introductions in the last twelve months, where there are any. */
  readonly introductions?: readonly string[];
}

export interface TodayListJson {
  readonly owner: string;
  readonly calls: readonly TodayItemJson[];
  /** How many more are due when the hour is full. */
  readonly waiting: number;
  readonly plannedMinutes: number;
  readonly capacityMinutes: number;
  readonly cards: readonly TodayItemJson[];
  readonly welcomes: readonly TodayItemJson[];
}

export interface MailingJson {
  readonly channel: string;
  readonly due: number;
  readonly recipients: readonly {
    readonly id: string;
    readonly name: string;
    readonly owner: string;
    readonly lastContact: string | null;
  }[];
}

export interface TodayJson {
  readonly asOf: string;
  readonly me: string;
  readonly mine: TodayListJson;
  readonly cards: readonly TodayItemJson[];
  readonly welcomes: readonly TodayItemJson[];
  readonly team: readonly TodayListJson[];
  /** The non-personal tiers: who is due for each mailing (`mailing` makes the merge file). */
  readonly mailings: readonly MailingJson[];
  readonly problems: readonly RowProblem[];
}

const iso = (serial: number | null) => (serial === null ? null : formatIsoDate(serial));

export function itemJson(item: TodayItem): TodayItemJson {
  const { client } = item;
  return {
    id: client.id,
    name: client.name,
    tier: client.tier,
    owner: client.owner,
    why: item.why,
    urgency: item.urgency,
    lastContact: iso(client.lastContact),
    nextContact: iso(item.nextContact),
    followUp: client.record.followUp,
    phone: client.record.phone,
    email: client.record.email,
    address: client.record.address,
    tries: item.tries,
    lastNotes: item.lastNotes,
    inbound: item.inbound,
    profile: client.record.profile,
    ...(item.household === null
      ? {}
      : {
          household: {
            heading: item.household.heading,
            members: item.household.members.map(itemJson),
          },
        }),
    ...(item.introductions.length === 0 ? {} : { introductions: item.introductions }),
  };
}

function listJson(list: TodayList): TodayListJson {
  return {
    owner: list.owner,
    calls: list.calls.map(itemJson),
    waiting: list.waiting.length,
    plannedMinutes: list.plannedMinutes,
    capacityMinutes: list.capacityMinutes,
    cards: list.cards.map(itemJson),
    welcomes: list.welcomes.map(itemJson),
  };
}

export function todayJson(view: TodayView, problems: readonly RowProblem[] = []): TodayJson {
  return {
    asOf: formatIsoDate(view.asOf),
    me: view.me,
    mine: listJson(view.mine),
    cards: view.cards.map(itemJson),
    welcomes: view.welcomes.map(itemJson),
    team: view.team.map(listJson),
    mailings: view.mailings.map((m) => ({
      channel: m.channel,
      due: m.recipients.length,
      recipients: m.recipients.map(({ client }) => ({
        id: client.id,
        name: client.name,
        owner: client.owner,
        lastContact: iso(client.lastContact),
      })),
    })),
    problems,
  };
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function itemLines(item: TodayItem, n: number): string[] {
  const { client } = item;
  const tier = client.tier === null ? "" : ` [${client.tier}]`;
  const details = [
    `last contact ${item.lastContact}`,
    item.nextContact === null ? null : `next ${dateText(item.nextContact)}`,
    client.record.followUp === "" ? null : `ask about: ${client.record.followUp}`,
    item.tries || null,
    // Only the number and the address, as the pane's links carry them (contactUri.ts).
    client.record.phone === "" ? null : (phoneNumber(client.record.phone) ?? "no phone number"),
    client.record.email === ""
      ? null
      : (emailAddress(client.record.email) ?? "email not one address"),
  ].filter((d): d is string => d !== null);
  // Cell values on one line each: a newline in a follow-up must not forge a list entry.
  if (item.household !== null) return householdLines(item, n, tier, details);
  return [
    oneLine(`  ${n}. ${client.name} (${client.id})${tier}: ${item.why.join("; ") || item.urgency}`),
    `     ${oneLine(details.join(" | "))}`,
    ...item.introductions.map((i) => `     ${oneLine(i)}`),
  ];
}

/** One call for the family: its heading, then each member's reasons, follow-up and notes. */
function householdLines(item: TodayItem, n: number, tier: string, details: string[]): string[] {
  const household = item.household!;
  const ids = household.members.map((m) => m.client.id).join(", ");
  const contact = details.filter((d) => !d.startsWith("ask about: "));
  return [
    oneLine(`  ${n}. ${household.heading} (${ids})${tier}: ${item.why.join("; ") || item.urgency}`),
    `     ${oneLine(contact.join(" | "))}`,
    ...household.members.map((m) => {
      const own = [
        m.why.join("; "),
        m.client.record.followUp === "" ? "" : `ask about: ${m.client.record.followUp}`,
        m.lastNotes,
        ...m.introductions,
      ].filter((t) => t !== "");
      return `     ${oneLine(`${m.client.name}: ${own.join(" | ") || "nothing due of their own"}`)}`;
    }),
  ];
}

function listText(title: string, list: TodayList): string[] {
  const head = `${title}: ${list.calls.length} call${list.calls.length === 1 ? "" : "s"}, ${list.plannedMinutes} of ${list.capacityMinutes} minutes`;
  const waiting = list.waiting.length === 0 ? "" : `; ${list.waiting.length} more waiting`;
  const lines = [head + waiting];
  list.calls.forEach((item, i) => lines.push(...itemLines(item, i + 1)));
  if (list.calls.length === 0) lines.push("  nobody due");
  return lines;
}

export function todayText(view: TodayView, source: string): string {
  const day = `${WEEKDAYS[isoWeekday(view.asOf) - 1]} ${formatIsoDate(view.asOf)}`;
  const lines = [
    `Relationship hour${view.me === "" ? "" : ` for ${view.me}`}, ${day} (${source})`,
    "",
  ];
  lines.push(...listText(view.me === "" ? "Calls" : "My calls", view.mine));
  if (view.cards.length > 0) {
    lines.push("", `Cards to send: ${view.cards.length}`);
    view.cards.forEach((item, i) => lines.push(...itemLines(item, i + 1)));
  }
  if (view.welcomes.length > 0) {
    lines.push("", `Welcome calls: ${view.welcomes.length}`);
    view.welcomes.forEach((item, i) => lines.push(...itemLines(item, i + 1)));
  }
  for (const list of view.team) {
    lines.push("", ...listText(list.owner === "" ? "Nobody's" : `${list.owner}'s`, list));
    if (list.cards.length + list.welcomes.length > 0)
      lines.push(`  and ${list.cards.length} cards, ${list.welcomes.length} welcome calls`);
  }
  for (const mailing of view.mailings)
    if (mailing.recipients.length > 0)
      lines.push(
        "",
        `Due for the ${mailing.channel}: ${mailing.recipients.length} (relationship-hour mailing --channel "${mailing.channel}")`
      );
  if (view.me === "")
    lines.push(
      "",
      '(no name set as "I am" in Rotation Settings: one list for the whole book; use --owner NAME for yours)'
    );
  return `${lines.join("\n")}\n`;
}
