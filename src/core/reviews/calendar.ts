/**
 * Calendar files (.ics), so the relationship hour sits in the calendar like any appointment and a
 * plan's contacts show up on their days. Written by the ics library rather than by hand: iCalendar
 * has folding, escaping and date rules that are easy to get subtly wrong.
 */
import { createEvents, type DateArray, type EventAttributes } from "ics";
import { invalid, ok, type Outcome } from "../cells/outcome";
import type { ScheduledContact } from "../rotation/planSchedule";
import { dateFromSerial, isoWeekday, type DaySerial } from "../dates/serial";

const PRODUCT = "-//Relationship Hour//EN";
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

function day(serial: DaySerial): DateArray {
  const { year, month, day } = dateFromSerial(serial);
  return [year, month, day];
}

/** Midnight UTC of a day, for the calendar's "made on" stamp: the same input gives the same file. */
function stamp(serial: DaySerial): number {
  const { year, month, day } = dateFromSerial(serial);
  return Date.UTC(year, month - 1, day);
}

/** The library writes DTSTAMP from `timestamp` (milliseconds); its type declarations leave it out. */
type StampedEvent = EventAttributes & { readonly timestamp: number };

function write(events: StampedEvent[]): Outcome<string> {
  const { error, value } = createEvents(events);
  return error !== null || value === null
    ? invalid(`the calendar could not be written: ${error?.message ?? "no output"}`)
    : ok(value);
}

export interface HourAppointment {
  readonly firstDay: DaySerial;
  readonly hour: number;
  readonly minute: number;
  readonly minutes: number;
  /** The working week as WORKDAY.INTL's mask, Monday first: the hour recurs on its working days. */
  readonly weekend: string;
  /** Days off on working days (the settings' holidays): those occurrences are left out. */
  readonly holidays?: readonly DaySerial[];
  readonly madeOn: DaySerial;
}

/**
 * An occurrence's start as floating local time, the form DTSTART has. Given as text because the
 * library turns date arrays in EXDATE into UTC, which would not match a floating DTSTART.
 */
function localStart(serial: DaySerial, hour: number, minute: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const { year, month, day } = dateFromSerial(serial);
  return `${year}${pad(month)}${pad(day)}T${pad(hour)}${pad(minute)}00`;
}

/** The holidays that fall on an occurrence of the hour (a working day from the first day on), in order. */
export function skippedHolidays(
  appointment: Pick<HourAppointment, "firstDay" | "weekend" | "holidays">
): DaySerial[] {
  return [...new Set(appointment.holidays ?? [])]
    .filter((h) => h >= appointment.firstDay && appointment.weekend[isoWeekday(h) - 1] !== "1")
    .sort((a, b) => a - b);
}

/** The daily relationship hour as a recurring appointment on every working day, in local time. */
export function hourCalendar(appointment: HourAppointment): Outcome<string> {
  const workdays = DAYS.filter((_, i) => appointment.weekend[i] !== "1");
  if (workdays.length === 0) return invalid("the working week has no working day");
  const skipped = skippedHolidays(appointment).map((h) =>
    localStart(h, appointment.hour, appointment.minute)
  );
  return write([
    {
      productId: PRODUCT,
      uid: "relationship-hour-daily@relationship-hour",
      title: "Relationship hour",
      description:
        "Proactive client contact only: calls due, birthdays, welcome calls. Open the Relationship Hour pane in Excel for today's list.",
      start: [...day(appointment.firstDay), appointment.hour, appointment.minute] as DateArray,
      startInputType: "local",
      startOutputType: "local",
      duration: { minutes: appointment.minutes },
      recurrenceRule: `FREQ=WEEKLY;BYDAY=${workdays.join(",")}`,
      ...(skipped.length > 0 ? { exclusionDates: skipped } : {}),
      timestamp: stamp(appointment.madeOn),
    },
  ]);
}

/** A plan's scheduled contacts as all-day events. */
export function planCalendar(
  client: { readonly id: string; readonly name: string },
  schedule: readonly ScheduledContact[],
  madeOn: DaySerial
): Outcome<string> {
  if (schedule.length === 0) return invalid(`no contacts are scheduled for ${client.name}`);
  return write(
    schedule.map((contact) => ({
      productId: PRODUCT,
      uid: `relationship-hour-${client.id}-${contact.date}@relationship-hour`,
      title: `${contact.channel}: ${client.name}`,
      description: `Proactive contact from the relationship plan (${contact.who}).`,
      start: day(contact.date),
      end: day(contact.date + 1),
      timestamp: stamp(madeOn),
    }))
  );
}
