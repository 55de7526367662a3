/**
 * Cell values between exceljs and the workbook interface. The interface speaks Excel's values
 * (dates as 1900-system serials, blanks as ""); exceljs speaks JavaScript: a date-formatted cell
 * is a `Date` at UTC midnight, already converted from the workbook's date system (1900 or 1904),
 * a formula is `{ formula, result }`, rich text is a list of runs.
 *
 * Dates are converted through their UTC calendar day, never through local time, so a file reads
 * the same on every machine whatever its time zone. Strings are written into text-formatted
 * cells ("@"), so "=SUM(A1)" or "+1 555" typed in a note is kept as the text it was.
 */
import type ExcelJS from "exceljs";
import type { Cell } from "../../core/cells/cells";
import { isDateFormat } from "../../core/cells/numberFormat";
import { dateFromSerial, serialFromDate, type DaySerial } from "../../core/dates/serial";
import { DATE_FORMAT, TEXT_FORMAT } from "../shared/cellWrites";

const DAY_MS = 86_400_000;

/** The serial of the day (and time of day) a date exceljs read stands for. */
export function serialFromUtc(date: Date): DaySerial {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return Number.NaN;
  const midnight = Math.floor(ms / DAY_MS) * DAY_MS;
  const day = new Date(midnight);
  const serial = serialFromDate({
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
  });
  return serial + (ms - midnight) / DAY_MS;
}

/** The date exceljs writes for a serial (it converts to the workbook's date system itself). */
export function utcFromSerial(serial: DaySerial): Date {
  const whole = Math.floor(serial);
  const { year, month, day } = dateFromSerial(whole);
  return new Date(Date.UTC(year, month - 1, day) + Math.round((serial - whole) * DAY_MS));
}

type RichText = { readonly richText: readonly { readonly text: string }[] };

function isRichText(value: object): value is RichText {
  return Array.isArray((value as Partial<RichText>).richText);
}

/** A cell's value as the interface gives it: a formula gives its last result, an error its code. */
export function readCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return serialFromUtc(value);
  if ("formula" in value || "sharedFormula" in value)
    return readCell((value as { result?: ExcelJS.CellValue }).result);
  if (isRichText(value)) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return readCell((value as { text?: ExcelJS.CellValue }).text);
  if ("error" in value) return String((value as { error: unknown }).error);
  return "";
}

/** Styles handed out by setFormat, one object per distinct style: see there. */
const sharedStyles = new Map<string, Partial<ExcelJS.Style>>();

/**
 * Sets a cell's number format without touching cells that share its style object. exceljs shares
 * one style object between the cells of a loaded file that had the same style, so a style is
 * never changed in place here; and it writes a file fastest when cells of one style share one
 * object (it caches each style's XML by object), so equal styles get the same object — writing
 * 100,000 clients and their log took 4–5 times as long with an object per cell.
 */
export function setFormat(cell: ExcelJS.Cell, numFmt: string): void {
  const key = `${numFmt}\u0000${JSON.stringify(cell.style)}`;
  let style = sharedStyles.get(key);
  if (style === undefined) {
    style = { ...cell.style, numFmt };
    sharedStyles.set(key, style);
  }
  cell.style = style;
}

export type WriteKind = "text" | "date" | "general";

/**
 * Writes a value: strings (and anything in a text column) as text, numbers in a date column as
 * dates with a date format (the column's own when it has one), the rest as they are.
 */
export function writeCell(cell: ExcelJS.Cell, value: Cell, kind: WriteKind = "general"): void {
  if (value === null || value === undefined || value === "") {
    cell.value = null;
    if (kind === "text") setFormat(cell, TEXT_FORMAT);
    return;
  }
  if (typeof value === "string" || kind === "text") {
    setFormat(cell, TEXT_FORMAT);
    cell.value = String(value);
    return;
  }
  if (typeof value === "number" && kind === "date") {
    if (!isDateFormat(cell.numFmt)) setFormat(cell, DATE_FORMAT);
    cell.value = utcFromSerial(value);
    return;
  }
  if (cell.numFmt === TEXT_FORMAT) setFormat(cell, "General");
  cell.value = value;
}
