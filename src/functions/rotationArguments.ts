import { cadenceDays, parseCadenceTable, type CadenceTable } from "../core/rotation/cadence";
import { isBlank, type Cell } from "../core/cells/cells";
import { ok, type Outcome, type CellProblem } from "../core/cells/outcome";
import { daysOverdue, nextContact } from "../core/rotation/rotation";
import {
  fromSerial1900,
  MAX_SERIAL,
  serialFromLocalDate,
  type DateSystem,
  type DaySerial,
} from "../core/dates/serial";
import { parseWeekend } from "../core/dates/weekend";
import { parseHolidays, type WorkCalendar } from "../core/dates/workdays";
import { asMatrix, asScalar, mapCells, sameShape } from "./argumentShapes";
import { dateCell, type DateCell } from "./dateCell";
import { workbookDateSystem } from "./dateSystem";
import { excelError, type ErrorCell } from "./excelError";
import {
  datesTo1900,
  plainDateTo1900,
  readRequiredWorkbookDate,
  readWorkbookDate,
} from "./workbookDates";

type RotationCell = DateCell | number | string | ErrorCell;

interface RotationRules {
  readonly cadence: CadenceTable;
  readonly calendar: WorkCalendar;
}

function readRules(
  cadenceArg: unknown,
  holidaysArg: unknown,
  weekendArg: unknown,
  system: DateSystem
): Outcome<RotationRules> {
  const cadence = parseCadenceTable(asMatrix(cadenceArg));
  if (!cadence.ok) return cadence;
  const holidayDates = datesTo1900(asMatrix(holidaysArg), "holidays", system);
  if (!holidayDates.ok) return holidayDates;
  const holidays = parseHolidays(holidayDates.value);
  if (!holidays.ok) return holidays;
  const weekend = parseWeekend(asScalar(weekendArg));
  if (!weekend.ok) return weekend;
  return ok({
    cadence: cadence.value,
    calendar: { weekend: weekend.value, holidays: holidays.value },
  });
}

/**
 * The as-of date: the argument, or today on this computer's clock when it is omitted or blank.
 * Today is taken as a 1900 serial already, so it is not moved for a 1904 workbook.
 */
function readAsOf(asOfArg: unknown, system: DateSystem): Outcome<DaySerial> {
  const asOf = readWorkbookDate(asScalar(asOfArg), "as_of", system);
  if (!asOf.ok) return asOf;
  return ok(asOf.value ?? serialFromLocalDate(new Date()));
}

/**
 * What one call needs again and again: a column holds a few distinct tiers and, where something is
 * wrong, the same problem many times; each is worked out (and each error made) once.
 */
class ColumnMemo {
  private readonly days = new Map<Cell, Outcome<number>>();
  private readonly errors = new Map<string, ErrorCell>();

  constructor(private readonly cadence: CadenceTable) {}

  daysFor(tierOrDays: Cell): Outcome<number> {
    let days = this.days.get(tierOrDays);
    if (days === undefined)
      this.days.set(tierOrDays, (days = cadenceDays(tierOrDays, this.cadence)));
    return days;
  }

  error(problem: CellProblem): ErrorCell {
    const key = `${problem.kind}:${problem.message}`;
    let error = this.errors.get(key);
    if (error === undefined) this.errors.set(key, (error = excelError(problem)));
    return error;
  }
}

const NEVER_CONTACTED = "never contacted: no proactive contact on record, so the client is due now";

/** The last contact as a 1900 serial, or the problem with it. A plain serial needs no further checking. */
function lastContactOf(last: Cell, system: DateSystem): DaySerial | CellProblem {
  const plain = plainDateTo1900(last, system);
  if (plain !== null) return plain;
  const read = readRequiredWorkbookDate(last, "last_contact", NEVER_CONTACTED, system);
  return read.ok ? read.value : read.problem;
}

/** The next contact, the problem that prevents it, or null for an empty row. */
function nextFor(
  last: Cell,
  tierOrDays: Cell,
  rules: RotationRules,
  memo: ColumnMemo,
  system: DateSystem
): DaySerial | CellProblem | null {
  // A row with neither a date nor a tier is an empty row of the table, not a client.
  if (isBlank(last) && isBlank(tierOrDays)) return null;
  const lastContact = lastContactOf(last, system);
  if (typeof lastContact !== "number") return lastContact;
  const days = memo.daysFor(tierOrDays);
  if (!days.ok) return days.problem;
  const next = nextContact(lastContact, days.value, rules.calendar);
  return next <= MAX_SERIAL
    ? next
    : {
        kind: "value",
        message: "the next contact would fall after 9999-12-31, the last date Excel can show",
      };
}

/**
 * NEXTCONTACT and OVERDUE: one result per last-contact cell. tier_or_days is one value for all, or a
 * range of the same size; a problem in one row shows in that row only. Dates come in and go out in
 * the workbook's date system; in between, the engine works on 1900 serials.
 */
export function rotationColumn(
  result: "next" | "overdue",
  lastArg: unknown,
  tierArg: unknown,
  asOfArg: unknown,
  cadenceArg: unknown,
  holidaysArg: unknown,
  weekendArg: unknown
): RotationCell[][] {
  const last = asMatrix(lastArg) ?? [[null]];
  const tiers = asMatrix(tierArg) ?? [[null]];
  const single = tiers.length === 1 && tiers[0].length === 1;
  if (!single && !sameShape(tiers, last)) {
    const message =
      "tier_or_days: give one tier or number of days, or a range the same size as last_contact";
    return [[excelError({ kind: "value", message })]];
  }
  // Read once, so one call never mixes two systems.
  const system = workbookDateSystem();
  const rules = readRules(cadenceArg, holidaysArg, weekendArg, system);
  if (!rules.ok) return [[excelError(rules.problem)]];
  const asOf = result === "overdue" ? readAsOf(asOfArg, system) : ok(0);
  if (!asOf.ok) return [[excelError(asOf.problem)]];
  const memo = new ColumnMemo(rules.value.cadence);
  return mapCells(last, (cell, i, j) => {
    const next = nextFor(cell, single ? tiers[0][0] : tiers[i][j], rules.value, memo, system);
    if (next === null) return "";
    if (typeof next !== "number") return memo.error(next);
    // A day count is the same in either system; a date goes back to the workbook's.
    return result === "next"
      ? dateCell(fromSerial1900(next, system))
      : daysOverdue(next, asOf.value);
  });
}
