import { isBlank, type Cell } from "../cells/cells";
import { invalid, ok, type Outcome } from "../cells/outcome";

/** Seven flags, Monday first; true = a weekend (non-working) day. */
export type WeekendMask = readonly boolean[];

export const SATURDAY_SUNDAY: WeekendMask = [false, false, false, false, false, true, true];

function fromMaskText(mask: string): WeekendMask {
  return [...mask].map((c) => c === "1");
}

/** WORKDAY.INTL's number codes: 1–7 are two-day weekends, 11–17 single days, Monday = 1. */
function fromCode(code: number): WeekendMask | null {
  const days = new Array<boolean>(7).fill(false);
  if (code >= 1 && code <= 7) {
    // 1 = Saturday+Sunday, 2 = Sunday+Monday, … 7 = Friday+Saturday.
    const first = (code + 4) % 7;
    days[first] = true;
    days[(first + 1) % 7] = true;
    return days;
  }
  if (code >= 11 && code <= 17) {
    // 11 = Sunday only, 12 = Monday only, … 17 = Saturday only.
    days[(code - 11 + 6) % 7] = true;
    return days;
  }
  return null;
}

/** Reads the weekend argument exactly as WORKDAY.INTL does; blank means Saturday and Sunday. */
export function parseWeekend(cell: Cell): Outcome<WeekendMask> {
  if (isBlank(cell)) return ok(SATURDAY_SUNDAY);
  if (typeof cell === "number") {
    const mask = Number.isInteger(cell) ? fromCode(cell) : null;
    return mask
      ? ok(mask)
      : invalid(
          `weekend: ${cell} is not a weekend code; use 1–7, 11–17 or a mask such as "0000011"`
        );
  }
  if (typeof cell === "string" && /^[01]{7}$/.test(cell)) {
    if (cell === "1111111") return invalid('weekend: "1111111" leaves no working day');
    return ok(fromMaskText(cell));
  }
  return invalid(
    `weekend: ${JSON.stringify(cell)} is not a weekend; use a code such as 1 or a mask such as "0000011" (Monday first)`
  );
}
