import { invalid, ok, type Outcome } from "./outcome";
import { MAX_SERIAL, type DaySerial } from "../dates/serial";
import { parseTextDate } from "../dates/textDate";
import type { DateOrder } from "../dates/dateOrder";

/** A value as Excel hands it over: a number, text, a boolean, or a blank ("" or null). */
export type Cell = number | string | boolean | null | undefined;

export function isBlank(cell: Cell): cell is null | undefined | "" {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function describe(cell: Cell): string {
  return typeof cell === "string" ? `"${cell}"` : String(cell);
}

/**
 * Reads a date from a cell: a serial number (the time of day is dropped) or strict text.
 * `zeroIsBlank` is for columns where 0 cannot be a real date: desktop Excel passes a blank cell as 0.
 * `order` reads text like 3/4/2025, which is refused without one. Returns null for a blank.
 */
export function readDate(
  cell: Cell,
  what: string,
  zeroIsBlank = true,
  order?: DateOrder
): Outcome<DaySerial | null> {
  if (isBlank(cell) || (zeroIsBlank && cell === 0)) return ok(null);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 0 || cell >= MAX_SERIAL + 1)
      return invalid(`${what}: ${cell} is not a date`);
    return ok(Math.floor(cell));
  }
  if (typeof cell === "boolean") return invalid(`${what}: ${cell} is not a date`);
  const parsed = parseTextDate(cell, order);
  return parsed.ok ? parsed : invalid(`${what}: ${parsed.problem.message}`);
}

/** Reads a number; numbers typed as text ("12.5") count, other text does not. Null for a blank. */
export function readNumber(cell: Cell, what: string): Outcome<number | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === "number")
    return Number.isFinite(cell) ? ok(cell) : invalid(`${what}: ${cell} is not a number`);
  if (typeof cell === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(cell))
    return ok(Number(cell));
  return invalid(`${what}: ${describe(cell)} is not a number`);
}
