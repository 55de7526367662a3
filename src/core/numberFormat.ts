/**
 * What a number format says about the values under it. Lives in the engine because both sides of
 * the workbook need it: the .xlsx workbook to write a date-formatted number as a date, and the
 * date-system boundary (dateSystemCells.ts) to know which numbers on a sheet are days.
 */

/** Whether a number format shows a date (day, month or year parts outside quotes and brackets). */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === "" || format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmy]/i.test(bare);
}
