/**
 * Calendar files from the loaded book: the daily hour as a recurring appointment from the
 * settings, and a client's planned contacts. Nothing is written to the workbook; the pane hands
 * the text to the user as a download.
 */
import { hourCalendar, planCalendar, skippedHolidays } from "../core/reviews/calendar";
import type { BookClient } from "../core/book/clientBook";
import { invalid, ok, type Outcome } from "../core/cells/outcome";
import type { ScheduledContact } from "../core/rotation/planSchedule";
import type { DaySerial } from "../core/dates/serial";
import { workCalendar, type RotationSettings } from "../core/book/settings";
import { firstWorkingDayOnOrAfter } from "../core/dates/workdays";
import type { LoadedBook } from "./loadBook";
import { clientSchedule, tierPolicy } from "./planActions";

export interface CalendarFile {
  /** A file name the user's system accepts, ending in .ics. */
  readonly name: string;
  readonly text: string;
}

export interface HourChoice {
  readonly hour: number;
  readonly minute: number;
  readonly minutes: number;
}

export interface HourCalendar extends CalendarFile {
  /** The first occurrence: the first working day from today. */
  readonly firstDay: DaySerial;
  /** The working days it recurs on, Monday first ("Monday", "Tuesday"…). */
  readonly days: readonly string[];
  /** Holidays from the first day on that the appointment skips. */
  readonly holidaysSkipped: number;
}

export interface PlanCalendar extends CalendarFile {
  readonly schedule: readonly ScheduledContact[];
}

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DAY_MINUTES = 24 * 60;

/** When the hour starts unless the user picks another time: first thing, before the day fills up. */
const DEFAULT_HOUR_START = { hour: 8, minute: 0 } as const;

/** A choice for the hour's suggested length: the settings' minutes a day. */
export function defaultHourChoice(settings: RotationSettings): HourChoice {
  return { ...DEFAULT_HOUR_START, minutes: settings.capacityMinutes };
}

function checkChoice({ hour, minute, minutes }: HourChoice): string | null {
  const whole = (n: number, from: number, to: number) =>
    Number.isInteger(n) && n >= from && n <= to;
  if (!whole(hour, 0, 23) || !whole(minute, 0, 59)) return "the start must be a time of day";
  if (!whole(minutes, 1, DAY_MINUTES))
    return `the length must be whole minutes, from 1 to ${DAY_MINUTES}`;
  return null;
}

/** The daily hour from today's first working day on, skipping the settings' holidays. */
export function hourCalendarFile(
  settings: RotationSettings,
  today: DaySerial,
  choice: HourChoice
): Outcome<HourCalendar> {
  const wrong = checkChoice(choice);
  if (wrong !== null) return invalid(wrong);
  const firstDay = firstWorkingDayOnOrAfter(today, workCalendar(settings));
  const appointment = {
    ...choice,
    firstDay,
    weekend: settings.weekend,
    holidays: settings.holidays,
    madeOn: today,
  };
  const written = hourCalendar(appointment);
  if (!written.ok) return written;
  return ok({
    name: "Relationship hour.ics",
    text: written.value,
    firstDay,
    days: DAY_NAMES.filter((_, i) => settings.weekend[i] !== "1"),
    holidaysSkipped: skippedHolidays(appointment).length,
  });
}

/** Characters Windows, macOS or the browser refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]+/g;

function fileName(clientName: string): string {
  const safe = clientName.replace(UNSAFE_IN_FILE_NAMES, " ").replace(/\s+/g, " ").trim();
  return `${safe.slice(0, 80).trim() || "Client"} contacts.ics`;
}

/** The client's planned contacts, the same as on the plan sheet, as all-day events. */
export function planCalendarFile(
  book: LoadedBook,
  client: BookClient,
  asOf: DaySerial,
  today: DaySerial
): Outcome<PlanCalendar> {
  if (tierPolicy(book, client) === null)
    return invalid(
      `${client.name}'s tier has no cadence in the settings, so no contacts are planned`
    );
  const schedule = clientSchedule(book, client, asOf);
  const written = planCalendar(client, schedule, today);
  if (!written.ok) return written;
  return ok({ name: fileName(client.name), text: written.value, schedule });
}
