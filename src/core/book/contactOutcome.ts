/**
 * What a logged contact achieved. Only an outcome that fits the tier's way of contact moves the
 * rotation: a voicemail does not stand for a personal call, and a card does not either. Attempts
 * are kept in the log and bring the client back on a retry day.
 */
import type { DaySerial } from "../dates/serial";
import { firstWorkingDayOnOrAfter, type WorkCalendar } from "../dates/workdays";

export type ContactOutcome = "reached" | "left a message" | "no answer" | "sent" | "met";

export const CONTACT_OUTCOMES: readonly ContactOutcome[] = [
  "reached",
  "left a message",
  "no answer",
  "sent",
  "met",
];

/**
 * How a tier is contacted: "personal" (a call or a meeting, by the owner or the team) or
 * "mailing" (newsletter, e-mail, event invitation: sending is the contact).
 */
export type TierMode = "personal" | "mailing";

/** Reads an Outcome cell; blank or unknown (an older log, a hand-typed word) is null. */
export function readOutcome(text: string): ContactOutcome | null {
  const value = text.trim().toLowerCase();
  return CONTACT_OUTCOMES.find((o) => o === value) ?? null;
}

/**
 * Whether a contact with this outcome moves the rotation of a tier contacted this way. A missing
 * outcome (logs written before outcomes existed) counts, as it always did.
 */
export function outcomeMoves(outcome: ContactOutcome | null | undefined, mode: TierMode): boolean {
  if (outcome === null || outcome === undefined) return true;
  if (outcome === "reached" || outcome === "met") return true;
  return outcome === "sent" && mode === "mailing";
}

/**
 * A try that reached no one: it is retried. A card or e-mail sent to a personal-call client is not
 * a try at the call; it is kept in the log and the call stays due.
 */
export function isAttempt(outcome: ContactOutcome | null | undefined): boolean {
  return outcome === "left a message" || outcome === "no answer";
}

/** Working days after an attempt before the client comes back on the list. */
export const RETRY_DAYS = 2;

/** The day an attempt's client comes back: the first working day on or after RETRY_DAYS later. */
export function retryDay(attempt: DaySerial, calendar: WorkCalendar): DaySerial {
  return firstWorkingDayOnOrAfter(attempt + RETRY_DAYS, calendar);
}
