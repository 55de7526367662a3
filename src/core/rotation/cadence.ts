import { isBlank, type Cell } from "../cells/cells";
import { invalid, notAvailable, ok, type Outcome } from "../cells/outcome";
import { normaliseTier } from "../scoring/tierName";

/** Days between proactive contacts, by tier letter (upper case). */
export type CadenceTable = ReadonlyMap<string, number>;

export const DEFAULT_CADENCE: CadenceTable = new Map([
  ["A", 90],
  ["B", 180],
  ["C", 365],
]);

/** A century: more is a typing slip, and would carry dates past what Excel can show. */
export const MAX_CADENCE_DAYS = 36500;

function positiveDays(value: number, what: string): Outcome<number> {
  const days = Math.trunc(value);
  if (!Number.isFinite(value) || days < 1)
    return invalid(`${what}: ${value} days; the days between contacts must be 1 or more`);
  if (days > MAX_CADENCE_DAYS)
    return invalid(`${what}: ${value} days; at most ${MAX_CADENCE_DAYS} days between contacts`);
  return ok(days);
}

/**
 * Reads a two-column range of tier → days. Blank rows are skipped and a first row whose days cell is
 * text is taken as a header. Tiers not listed keep their default.
 */
export function parseCadenceTable(
  rows: readonly (readonly Cell[])[] | null
): Outcome<CadenceTable> {
  if (rows === null) return ok(DEFAULT_CADENCE);
  const table = new Map(DEFAULT_CADENCE);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.length < 2)
      return invalid("cadence: give two columns, the tier and its days between contacts");
    const [tierCell, daysCell] = row;
    if (isBlank(tierCell) && isBlank(daysCell)) continue;
    if (i === 0 && typeof daysCell === "string" && !/^\s*\d/.test(daysCell)) continue;
    if (isBlank(tierCell) || typeof tierCell !== "string") {
      return invalid(`cadence: row ${i + 1} has no tier letter in its first column`);
    }
    const days =
      typeof daysCell === "number"
        ? daysCell
        : typeof daysCell === "string"
          ? Number(daysCell)
          : NaN;
    const checked = positiveDays(days, `cadence row ${i + 1} (${normaliseTier(tierCell)})`);
    if (!checked.ok) return checked;
    table.set(normaliseTier(tierCell), checked.value);
  }
  return ok(table);
}

/** The days between contacts for a cell holding a tier letter or a number of days. */
export function cadenceDays(tierOrDays: Cell, table: CadenceTable): Outcome<number> {
  if (isBlank(tierOrDays))
    return notAvailable("tier_or_days is blank: give the client a tier or a number of days");
  if (typeof tierOrDays === "number") return positiveDays(tierOrDays, "tier_or_days");
  if (typeof tierOrDays === "boolean")
    return invalid(`tier_or_days: ${tierOrDays} is neither a tier nor a number of days`);
  if (/^\s*\d+(\.\d+)?\s*$/.test(tierOrDays))
    return positiveDays(Number(tierOrDays), "tier_or_days");
  const tier = normaliseTier(tierOrDays);
  const days = table.get(tier);
  if (days === undefined) {
    const known = [...table.keys()].join(", ");
    return invalid(
      `tier_or_days: unknown tier "${tierOrDays.trim()}"; use ${known} or a number of days`
    );
  }
  return ok(days);
}
