import { cadenceDays, parseCadenceTable, type CadenceTable } from "../core/cadence";
import { isBlank, readDate, readRequiredDate, type Cell } from "../core/cells";
import { ok, type Outcome } from "../core/outcome";
import { daysOverdue, nextContact } from "../core/rotation";
import { serialFromLocalDate, type DaySerial } from "../core/serial";
import { parseWeekend } from "../core/weekend";
import { parseHolidays, type WorkCalendar } from "../core/workdays";
import { asMatrix, asScalar, sameShape } from "./argumentShapes";
import { dateCell, type DateCell } from "./dateCell";
import { excelError, type ErrorCell } from "./excelError";

type RotationCell = DateCell | number | string | ErrorCell;

interface RotationRules {
  readonly cadence: CadenceTable;
  readonly calendar: WorkCalendar;
}

function readRules(cadenceArg: unknown, holidaysArg: unknown, weekendArg: unknown): Outcome<RotationRules> {
  const cadence = parseCadenceTable(asMatrix(cadenceArg));
  if (!cadence.ok) return cadence;
  const holidays = parseHolidays(asMatrix(holidaysArg));
  if (!holidays.ok) return holidays;
  const weekend = parseWeekend(asScalar(weekendArg));
  if (!weekend.ok) return weekend;
  return ok({ cadence: cadence.value, calendar: { weekend: weekend.value, holidays: holidays.value } });
}

/** The as-of date: the argument, or today on this computer's clock when it is omitted or blank. */
function readAsOf(asOfArg: unknown): Outcome<DaySerial> {
  const asOf = readDate(asScalar(asOfArg), "as_of");
  if (!asOf.ok) return asOf;
  return ok(asOf.value ?? serialFromLocalDate(new Date()));
}

function nextFor(last: Cell, tierOrDays: Cell, rules: RotationRules): Outcome<DaySerial> | null {
  // A row with neither a date nor a tier is an empty row of the table, not a client.
  if (isBlank(last) && isBlank(tierOrDays)) return null;
  const lastContact = readRequiredDate(last, "last_contact", "never contacted: no proactive contact on record, so the client is due now");
  if (!lastContact.ok) return lastContact;
  const days = cadenceDays(tierOrDays, rules.cadence);
  if (!days.ok) return days;
  return ok(nextContact(lastContact.value, days.value, rules.calendar));
}

/**
 * NEXTCONTACT and OVERDUE: one result per last-contact cell. tier_or_days is one value for all, or a
 * range of the same size; a problem in one row shows in that row only.
 */
export function rotationColumn(
  result: "next" | "overdue",
  lastArg: unknown,
  tierArg: unknown,
  asOfArg: unknown,
  cadenceArg: unknown,
  holidaysArg: unknown,
  weekendArg: unknown,
): RotationCell[][] {
  const last = asMatrix(lastArg) ?? [[null]];
  const tiers = asMatrix(tierArg) ?? [[null]];
  const single = tiers.length === 1 && tiers[0].length === 1;
  if (!single && !sameShape(tiers, last)) {
    const message = "tier_or_days: give one tier or number of days, or a range the same size as last_contact";
    return [[excelError({ kind: "value", message })]];
  }
  const rules = readRules(cadenceArg, holidaysArg, weekendArg);
  if (!rules.ok) return [[excelError(rules.problem)]];
  const asOf = result === "overdue" ? readAsOf(asOfArg) : ok(0);
  if (!asOf.ok) return [[excelError(asOf.problem)]];
  return last.map((row, i) =>
    row.map((cell, j) => {
      const next = nextFor(cell, single ? tiers[0][0] : tiers[i][j], rules.value);
      if (next === null) return "";
      if (!next.ok) return excelError(next.problem);
      return result === "next" ? dateCell(next.value) : daysOverdue(next.value, asOf.value);
    }),
  );
}
