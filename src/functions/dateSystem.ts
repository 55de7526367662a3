import type { DateSystem } from "../core/dates/serial";

/**
 * The date system of the workbook the custom functions run in. Excel hands a function bare serials
 * and never says which system they count in, so the runtime asks once at start-up
 * (taskpane/functionsDateSystem.ts) and sets it here. Until then "1900": most workbooks use it, and start-up
 * has Excel recalculate whatever was worked out meanwhile if the answer is "1904".
 *
 * Anything a function remembers between calls must not outlive a change of system: key it on the
 * system as well, or keep dates out of it. (The range caches today hold TIERSCORE and TIER books,
 * which are not dates.)
 */
let current: DateSystem = "1900";

export function workbookDateSystem(): DateSystem {
  return current;
}

export function setWorkbookDateSystem(system: DateSystem): void {
  current = system;
}
