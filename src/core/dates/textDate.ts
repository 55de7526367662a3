import { invalid, ok, type Outcome } from "../cells/outcome";
import { isValidDate, serialFromDate, type DaySerial } from "./serial";
import type { DateOrder } from "./dateOrder";

/**
 * Strict parsing of dates typed as text. A date silently misread is lost data, so anything that
 * could be read two ways is refused with a message rather than guessed.
 *
 * Accepted: ISO 2026-03-02 (with an optional time, ignored) and 2026/03/02; 02.03.2026 (day first,
 * as written where dots are used); 2/3/2026-style dates when one part is over 12, or in the order
 * the caller was told (dateOrder.ts: by the column's data or a setting, never guessed here); month
 * names in English (2 March 2026, March 2, 2026, 2-Mar-2026). Years have four digits.
 */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})$/i;
const MONTH_NAME_DAY = /^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

function monthFromName(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((m) => lower.startsWith(m));
  if (index < 0) return null;
  const full = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ][index];
  // "Mar", "March" and "Sept" are months; "Marble" is not.
  return full.startsWith(lower) || lower === "sept" ? index + 1 : null;
}

function build(text: string, year: number, month: number, day: number): Outcome<DaySerial> {
  if (!isValidDate(year, month, day)) return invalid(`"${text}" is not a real date`);
  if (year < 1900) return invalid(`"${text}" is before 1900, which Excel cannot store as a date`);
  return ok(serialFromDate({ year, month, day }));
}

export function parseTextDate(raw: string, order?: DateOrder): Outcome<DaySerial> {
  const text = raw.trim();
  let m = ISO.exec(text);
  if (m) return build(text, +m[1], +m[2], +m[3]);
  m = DOTTED.exec(text);
  if (m) return build(text, +m[3], +m[2], +m[1]);
  m = SLASHED.exec(text);
  if (m) {
    const first = +m[1];
    const second = +m[2];
    const year = +m[3];
    if (first > 12 && second <= 12) return build(text, year, second, first);
    if (second > 12 && first <= 12) return build(text, year, first, second);
    if (first === second) return build(text, year, first, second);
    if (order === "mdy") return build(text, year, first, second);
    if (order === "dmy") return build(text, year, second, first);
    return invalid(`"${text}" could be day/month or month/day; type it as yyyy-mm-dd`);
  }
  m = DAY_MONTH_NAME.exec(text);
  if (m) {
    const month = monthFromName(m[2]);
    if (month !== null) return build(text, +m[3], month, +m[1]);
  }
  m = MONTH_NAME_DAY.exec(text);
  if (m) {
    const month = monthFromName(m[1]);
    if (month !== null) return build(text, +m[3], month, +m[2]);
  }
  return invalid(`"${text}" is not a date; type it as yyyy-mm-dd`);
}
