/**
 * Every sheet the add-in owns is written through here, so its days go out in the workbook's date
 * system whichever action laid the sheet out: the layouts themselves speak 1900 serials only.
 */
import { layoutFrom1900, layoutHoldsDates } from "../core/cells/dateSystemCells";
import type { DateSystem } from "../core/dates/serial";
import type { SheetLayout, WorkbookPort } from "../workbook/workbookPort";

/**
 * `system` is the loaded book's, which costs nothing. An action without a book leaves it out: the
 * workbook is then asked, and only when the sheet holds a day, since one without is the same in
 * either system.
 */
export async function writeOwnedSheet(
  port: WorkbookPort,
  layout: SheetLayout,
  system?: DateSystem
): Promise<void> {
  const known = system ?? (layoutHoldsDates(layout) ? await port.dateSystem() : "1900");
  await port.writeSheet(layoutFrom1900(layout, known));
}
