/**
 * Date arguments as the engine reads them: the one place a function's dates cross from the
 * workbook's date system to the engine's 1900 serials. A 1904 workbook's serial moves up 1,462.
 * Text dates are parsed straight to 1900 serials and do not move, and 0 stays a blank (desktop
 * Excel passes a blank cell as 0), as in the task pane's reading of tables (core/dateSystemCells.ts).
 */
import { readDate, type Cell } from "../core/cells/cells";
import { invalid, notAvailable, ok, type Outcome } from "../core/cells/outcome";
import {
  MAX_SERIAL,
  SERIAL_1904_OFFSET,
  toSerial1900,
  type DateSystem,
  type DaySerial,
} from "../core/dates/serial";
import type { Matrix } from "./argumentShapes";

/** 1904-01-01, serial 0 of the 1904 system, as a 1900 serial. */
const FIRST_1904_DAY: DaySerial = SERIAL_1904_OFFSET;
/** 9999-12-31, the last day Excel can show, as a 1904 serial. */
const MAX_SERIAL_1904 = MAX_SERIAL - SERIAL_1904_OFFSET;

// Moved up 1,462, such a serial would pass for a day of 1903 or earlier: a wrong answer, not an error.
const BEFORE_1904 = "is before 1904-01-01, the first date of this workbook's 1904 date system";

/**
 * A plain in-range serial as a 1900 serial, without allocating an Outcome (a column can hold
 * 100,000 of them); null for anything that needs reading by readWorkbookDate.
 */
export function plainDateTo1900(cell: Cell, system: DateSystem): DaySerial | null {
  const max = system === "1904" ? MAX_SERIAL_1904 : MAX_SERIAL;
  return typeof cell === "number" && cell >= 1 && cell <= max
    ? toSerial1900(Math.floor(cell), system)
    : null;
}

/** A date cell of the workbook as a 1900 serial (the time of day dropped); null for a blank. */
export function readWorkbookDate(
  cell: Cell,
  what: string,
  system: DateSystem
): Outcome<DaySerial | null> {
  if (system === "1900") return readDate(cell, what);
  if (typeof cell === "number" && cell !== 0 && Number.isFinite(cell)) {
    if (cell < 0) return invalid(`${what}: ${cell} ${BEFORE_1904}`);
    if (cell >= MAX_SERIAL_1904 + 1) return invalid(`${what}: ${cell} is not a date`);
    return ok(toSerial1900(Math.floor(cell), system));
  }
  const date = readDate(cell, what);
  // Only text gets here with a date: a day of 1900–1903 typed as text.
  if (date.ok && date.value !== null && date.value < FIRST_1904_DAY)
    return invalid(`${what}: "${String(cell)}" ${BEFORE_1904}`);
  return date;
}

/** Like readWorkbookDate, but a blank is a problem of its own (#N/A: the value is not there yet). */
export function readRequiredWorkbookDate(
  cell: Cell,
  what: string,
  blankMessage: string,
  system: DateSystem
): Outcome<DaySerial> {
  const date = readWorkbookDate(cell, what, system);
  if (!date.ok) return date;
  return date.value === null ? notAvailable(blankMessage) : ok(date.value);
}

/**
 * A range of dates (holidays) with its cells as 1900 serials, for the engine's parsers; blanks stay
 * blank. In a 1900 workbook the very same range, nothing copied. Cells are named as the engine's
 * parseHolidays names them, so a problem reads the same in either system.
 */
export function datesTo1900(
  matrix: Matrix | null,
  name: string,
  system: DateSystem
): Outcome<Matrix | null> {
  if (matrix === null || system === "1900") return ok(matrix);
  const moved: (DaySerial | null)[][] = [];
  for (let i = 0; i < matrix.length; i++) {
    const row: (DaySerial | null)[] = [];
    for (let j = 0; j < matrix[i].length; j++) {
      const date = readWorkbookDate(
        matrix[i][j],
        `${name} (row ${i + 1}${matrix[i].length > 1 ? `, column ${j + 1}` : ""})`,
        system
      );
      if (!date.ok) return date;
      row.push(date.value);
    }
    moved.push(row);
  }
  return ok(moved);
}
