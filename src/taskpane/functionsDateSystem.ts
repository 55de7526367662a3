/**
 * Start-up of the shared runtime, for the functions: ask Excel once which date system the workbook
 * uses. Excel may call the functions before the answer comes back; those results assumed 1900.
 */
import type { DateSystem } from "../core/dates/serial";
import { ExcelWorkbook, type RunBatch } from "../workbook/office/excelWorkbook";
import { setWorkbookDateSystem, workbookDateSystem } from "../functions/dateSystem";

/**
 * Has Excel recalculate every formula. A full calculation, not a recalculation: NEXTCONTACT is not
 * volatile, so its cells are not dirty and a plain recalculation would leave them as they were.
 * The literal "Full" (Excel.CalculationType.full) keeps this callable where office.js is not loaded.
 */
export async function recalculateAll(run: RunBatch): Promise<void> {
  await run(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  });
}

/**
 * Sets the functions' date system from the workbook and, for a 1904 workbook, has Excel redo what
 * was worked out under the 1900 assumption. Never throws: a failure to ask leaves "1900" (right for
 * most workbooks) and is logged; the app then runs as it did before the date system was known.
 * `run` is Excel.run, or a stand-in for it in tests.
 */
export async function adoptWorkbookDateSystem(run: RunBatch): Promise<DateSystem> {
  let system: DateSystem;
  try {
    system = await new ExcelWorkbook(run).dateSystem();
  } catch (error) {
    console.warn(
      "Relationship Hour: could not read the workbook's date system; the functions assume 1900.",
      error
    );
    return workbookDateSystem();
  }
  setWorkbookDateSystem(system);
  if (system === "1904") {
    try {
      await recalculateAll(run);
    } catch (error) {
      // The system is right from now on; cells worked out before stay wrong until Excel recalculates.
      console.warn(
        "Relationship Hour: could not have Excel recalculate for the 1904 date system.",
        error
      );
    }
  }
  return system;
}
