/**
 * What a number format says about the values under it. Lives in the engine because both sides of
 * the workbook need it: the .xlsx workbook to write a date-formatted number as a date, and the
 * date-system boundary (dateSystemCells.ts) to know which numbers on a sheet are days.
 */

/**
 * Whether a number format shows a date: a day, month or year part outside quotes and brackets.
 * "m" is Excel's month unless it follows an hour or precedes a second, where it means minutes, so
 * a time of day ("h:mm", "mm:ss", "[h]:mm") is not a date.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === "" || format === "General" || format === "@") return false;
  const bare = format
    .replace(/"[^"]*"|\\./g, "")
    // Elapsed time ([h], [mm], [ss]) counts as hours, whatever its unit.
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/AM\/PM|A\/P/gi, "");
  const parts = bare.match(/d+|m+|y+|h+|s+/gi) ?? [];
  return parts.some((part, i) => {
    const kind = part[0].toLowerCase();
    if (kind === "d" || kind === "y") return true;
    if (kind !== "m") return false;
    const before = parts[i - 1]?.[0].toLowerCase();
    const after = parts[i + 1]?.[0].toLowerCase();
    return before !== "h" && after !== "s";
  });
}
