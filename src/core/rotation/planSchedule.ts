/**
 * A client's communication plan: the proactive contacts the rotation schedules over the next
 * twelve months, each on a working day, with its channel and who makes it.
 */
import { nextContact } from "./rotation";
import type { DaySerial } from "../dates/serial";
import type { TierPolicy } from "../book/settings";
import { firstWorkingDayOnOrAfter, type WorkCalendar } from "../dates/workdays";
import { nextAnniversary } from "./occasions";

export interface ScheduledContact {
  readonly date: DaySerial;
  readonly channel: string;
  readonly who: string;
}

export interface ScheduleInput {
  readonly lastContact: DaySerial | null;
  readonly policy: TierPolicy;
  /** The client's owner, who makes the contacts where the policy says "Owner". */
  readonly owner: string;
  readonly asOf: DaySerial;
  readonly calendar: WorkCalendar;
  /** How far ahead to plan (default 365 days). */
  readonly horizonDays?: number;
  /** Who makes the contacts, resolved through the team table; else read from the policy. */
  readonly who?: string;
}

/**
 * "Owner" in the settings means the client's own owner; any other name is taken as written. A
 * caller that knows the team table passes the person it resolves to (`who` in ScheduleInput).
 */
export function responsibleFor(policy: TierPolicy, owner: string): string {
  return /^owner$/i.test(policy.responsible.trim()) ? owner || "Owner" : policy.responsible;
}

/**
 * The contacts from the next one due until the horizon. A client that is overdue or was never
 * contacted is planned for the first working day from the as-of date, and the rotation runs on
 * from each planned contact.
 */
export function planSchedule(input: ScheduleInput): ScheduledContact[] {
  const end = input.asOf + (input.horizonDays ?? 365);
  const who = input.who ?? responsibleFor(input.policy, input.owner);
  const due =
    input.lastContact === null
      ? input.asOf
      : nextContact(input.lastContact, input.policy.days, input.calendar);
  const contacts: ScheduledContact[] = [];
  for (
    let date = firstWorkingDayOnOrAfter(Math.max(due, input.asOf), input.calendar);
    date <= end;
    date = nextContact(date, input.policy.days, input.calendar)
  ) {
    contacts.push({ date, channel: input.policy.channel, who });
  }
  return contacts;
}

/** What a planned touch is: a cadence contact, a card for an occasion, the review, the letter. */
export type TouchKind = "contact" | "card" | "review" | "letter";

/** One touch of a client's twelve-month communication plan. */
export interface PlannedTouch {
  readonly date: DaySerial;
  readonly kind: TouchKind;
  /** What it is, as the plan reads: "Birthday card (turns 60)", "Annual review meeting". */
  readonly what: string;
  readonly channel: string;
  /** A person's name, resolved through the responsibility rules: never the word "Owner". */
  readonly who: string;
}

export interface TouchPlanInput {
  /** The cadence contacts (planSchedule). */
  readonly contacts: readonly ScheduledContact[];
  readonly birthday: DaySerial | null;
  readonly clientSince: DaySerial | null;
  /** Who sends the cards: the person the rotation goes to (for a mailing tier, the owner's team). */
  readonly cardsBy: string;
  /** Who holds the annual review and writes the letter: the client's owner (else the user). */
  readonly owner: string;
  /** The client's day in the coming twelve days of appreciation, if among the owner's top twelve. */
  readonly twelveDaysOn: DaySerial | null;
  readonly asOf: DaySerial;
  readonly calendar: WorkCalendar;
  readonly horizonDays?: number;
}

/** The annual review a month after the as-of date when the client's anniversary is unknown. */
const REVIEW_WITHOUT_ANNIVERSARY = 30;

/**
 * Every planned touch of the next twelve months, by date: the cadence contacts, a card for the
 * birthday and one for the client anniversary, the annual review meeting (around the anniversary)
 * and, for a client among the owner's top twelve, the twelve-days letter.
 */
export function touchPlan(input: TouchPlanInput): PlannedTouch[] {
  const end = input.asOf + (input.horizonDays ?? 365);
  const touches: PlannedTouch[] = input.contacts.map((c) => ({
    date: c.date,
    kind: "contact",
    what: "Cadence contact",
    channel: c.channel,
    who: c.who,
  }));
  if (input.birthday !== null) {
    const { on, years } = nextAnniversary(input.birthday, input.asOf);
    touches.push({
      date: on,
      kind: "card",
      what: years > 0 ? `Birthday card (turns ${years})` : "Birthday card",
      channel: "Card",
      who: input.cardsBy,
    });
  }
  const anniversary =
    input.clientSince === null ? null : nextAnniversary(input.clientSince, input.asOf);
  if (anniversary !== null && anniversary.years > 0)
    touches.push({
      date: anniversary.on,
      kind: "card",
      what: `Anniversary card (${anniversary.years} yr${anniversary.years === 1 ? "" : "s"})`,
      channel: "Card",
      who: input.cardsBy,
    });
  touches.push({
    date: firstWorkingDayOnOrAfter(
      anniversary?.on ?? input.asOf + REVIEW_WITHOUT_ANNIVERSARY,
      input.calendar
    ),
    kind: "review",
    what: "Annual review meeting",
    channel: "Meeting",
    who: input.owner,
  });
  if (input.twelveDaysOn !== null)
    touches.push({
      date: input.twelveDaysOn,
      kind: "letter",
      what: "Twelve-days letter",
      channel: "Letter",
      who: input.owner,
    });
  const order: readonly TouchKind[] = ["contact", "review", "card", "letter"];
  return touches
    .filter((t) => t.date >= input.asOf && t.date <= end)
    .sort((a, b) => a.date - b.date || order.indexOf(a.kind) - order.indexOf(b.kind));
}
