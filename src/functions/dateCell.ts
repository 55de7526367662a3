import type { DaySerial } from "../core/dates/serial";

/** A date as a custom function returns it: a number Excel formats as a date where it can. */
export type DateCell = number | { type: "Double"; basicValue: number; numberFormat: string };

const DATE_FORMAT = "yyyy-mm-dd";

let formattedNumbers: boolean | null = null;

/**
 * Formatted numbers (data types) came with ExcelApi 1.16; older Excel shows such a value as an
 * error, so they are used only where the host says it supports them.
 */
function supportsFormattedNumbers(): boolean {
  if (formattedNumbers === null) {
    formattedNumbers =
      typeof Office !== "undefined" &&
      Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", "1.16"));
  }
  return formattedNumbers;
}

/** For tests and hosts that know better. */
export function setFormattedDates(enabled: boolean | null): void {
  formattedNumbers = enabled;
}

export function dateCell(serial: DaySerial): DateCell {
  return supportsFormattedNumbers()
    ? { type: "Double", basicValue: serial, numberFormat: DATE_FORMAT }
    : serial;
}
