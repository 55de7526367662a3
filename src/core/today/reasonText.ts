/** Why a client is on today's list, in the words the advisor reads. */
import { format } from "date-fns";
import type { Reason } from "./callList";
import { dateFromSerial, type DaySerial } from "../dates/serial";
import { plural } from "./plural";

/** The weekday a serial falls on; built as a local date, so the name is right in every time zone. */
function weekday(serial: DaySerial): string {
  const { year, month, day } = dateFromSerial(serial);
  return format(new Date(year, month - 1, day), "EEEE");
}

/** "12 Mar 2026". */
export function dateText(serial: DaySerial): string {
  const { year, month, day } = dateFromSerial(serial);
  return format(new Date(year, month - 1, day), "d MMM yyyy");
}

/** "3 Mar": a day within the year being talked about. */
export function shortDateText(serial: DaySerial): string {
  const { year, month, day } = dateFromSerial(serial);
  return format(new Date(year, month - 1, day), "d MMM");
}

/** "2 tries: 3 Mar, 5 Mar" for the attempts since the last contact; "" when there were none. */
export function triesText(attempts: readonly DaySerial[]): string {
  if (attempts.length === 0) return "";
  return `${plural(attempts.length, "try").replace("trys", "tries")}: ${attempts.map(shortDateText).join(", ")}`;
}

/** "today", "tomorrow", a weekday within the week, else the date. */
export function whenText(on: DaySerial, asOf: DaySerial): string {
  const days = on - asOf;
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days > 1 && days < 7) return weekday(on);
  return dateText(on);
}

export function reasonText(reason: Reason, asOf: DaySerial): string {
  switch (reason.kind) {
    case "overdue":
      return `${plural(reason.days, "day")} overdue`;
    case "never-contacted":
      return "never contacted";
    case "due-today":
      return "due today";
    case "due-soon":
      return `due ${whenText(asOf + reason.inDays, asOf)}`;
    case "welcome":
      return "new client: welcome call";
    case "birthday":
      return `birthday ${whenText(reason.on, asOf)}${reason.age > 0 ? ` (turns ${reason.age})` : ""}`;
    case "anniversary":
      return `${plural(reason.years, "year")} as a client ${whenText(reason.on, asOf)}`;
  }
}

/**
 * "12 Mar 2026 (256 days ago)", or "never". A last contact later than the as-of date (a book
 * read with an earlier --date) is said as such: "-142 days ago" reads as a typo.
 */
export function lastContactText(lastContact: DaySerial | null, asOf: DaySerial): string {
  if (lastContact === null) return "never";
  const ago = asOf - lastContact;
  if (ago < 0) return `${dateText(lastContact)} (after the as-of date)`;
  return ago === 0
    ? "today"
    : ago === 1
      ? "yesterday"
      : `${dateText(lastContact)} (${plural(ago, "day")} ago)`;
}
