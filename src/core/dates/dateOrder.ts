/**
 * Which part of a date like 3/4/2025 is the month. Such a date is read two ways in the world, so
 * the order is never guessed: a column's own values decide it where one has a part over 12, else
 * the book's setting (Rotation Settings, or the command line's --date-order), else the locale.
 */
export type DateOrder = "mdy" | "dmy";

export const DATE_ORDERS: readonly DateOrder[] = ["mdy", "dmy"];

/** Month first for en-US and the locales that write it so; day first elsewhere. */
export function dateOrderOfLocale(locale: string): DateOrder {
  try {
    // 22 November: the day is the part over 12, so its place in the formatted text is plain.
    const parts = new Intl.DateTimeFormat(locale, { timeZone: "UTC" }).formatToParts(
      new Date(Date.UTC(2000, 10, 22))
    );
    const month = parts.findIndex((p) => p.type === "month");
    const day = parts.findIndex((p) => p.type === "day");
    return month >= 0 && day >= 0 && month > day ? "dmy" : "mdy";
  } catch {
    // An unknown locale tag: Intl's own default, which is month first in en-US.
    return "mdy";
  }
}

/** The setting as people type it: "mdy", "m/d/y", "month first", "MM/DD/YYYY"… Null when not an order. */
export function parseDateOrder(text: string): DateOrder | null {
  const t = text.trim().toLowerCase();
  if (/^m+[/.\- ]?d+[/.\- ]?y+$|^month\b/.test(t)) return "mdy";
  if (/^d+[/.\- ]?m+[/.\- ]?y+$|^day\b/.test(t)) return "dmy";
  return null;
}

export function describeDateOrder(order: DateOrder): string {
  return order === "mdy" ? "month first (m/d/yyyy)" : "day first (d/m/yyyy)";
}

const SLASHED = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s*$/;

/**
 * What a column's own text dates say about the order: "mdy" when one has a second part over 12,
 * "dmy" when one has a first part over 12, null when none decides it or they disagree.
 */
export function dateOrderOfValues(values: readonly unknown[]): DateOrder | null {
  let mdy = false;
  let dmy = false;
  for (const value of values) {
    const m = typeof value === "string" ? SLASHED.exec(value) : null;
    if (m === null) continue;
    if (+m[1] > 12 && +m[2] <= 12) dmy = true;
    if (+m[2] > 12 && +m[1] <= 12) mdy = true;
  }
  return mdy === dmy ? null : mdy ? "mdy" : "dmy";
}

/** Whether a text could be read either way (both parts 12 or under, and different). */
export function isAmbiguousDate(value: unknown): boolean {
  const m = typeof value === "string" ? SLASHED.exec(value) : null;
  return m !== null && +m[1] <= 12 && +m[2] <= 12 && +m[1] !== +m[2];
}
