/**
 * The Time Budget sheet. It is all live formulas, so it is written once: later it recalculates in
 * Excel by itself, and writing it again would overwrite the hours the user typed in.
 */
import { timeBudgetLayout, TIME_BUDGET_SHEET } from "../core/timeBudgetSheet";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";

export async function createTimeBudget(
  port: WorkbookPort,
  book: LoadedBook
): Promise<{ sheet: string; created: boolean }> {
  if (await port.sheetExists(TIME_BUDGET_SHEET))
    return { sheet: TIME_BUDGET_SHEET, created: false };
  const counts = new Map<string, number>();
  for (const c of book.clients)
    if (c.tier !== null) counts.set(c.tier, (counts.get(c.tier) ?? 0) + 1);
  await port.writeSheet(
    timeBudgetLayout({
      table: book.table.name,
      mapping: book.mapping,
      settings: book.settings,
      hasSettingsSheet: book.hasSettingsSheet,
      counts,
    })
  );
  return { sheet: TIME_BUDGET_SHEET, created: true };
}
