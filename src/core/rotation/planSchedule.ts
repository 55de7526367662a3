/**
 * A client's communication plan: the proactive contacts the rotation schedules over the next
 * twelve months, each on a working day, with its channel and who makes it.
 */
import { nextContact } from "./rotation";
import type { DaySerial } from "../dates/serial";
import type { TierPolicy } from "../book/settings";
import { firstWorkingDayOnOrAfter, type WorkCalendar } from "../dates/workdays";

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
}

/** "Owner" in the settings means the client's own owner; any other name is taken as written. */
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
  const who = responsibleFor(input.policy, input.owner);
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
