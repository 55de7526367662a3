/**
 * The Time Budget sheet. It is all live formulas, so it is written once: later it recalculates in
 * Excel by itself, and writing it again would overwrite the hours the user typed in.
 */
import { timeBudgetLayout, TIME_BUDGET_SHEET } from "../core/sheets/timeBudgetSheet";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";
import { writeOwnedSheet } from "./writeOwnedSheet";

export async function createTimeBudget(
  port: WorkbookPort,
  book: LoadedBook
): Promise<{ sheet: string; created: boolean }> {
  if (await port.sheetExists(TIME_BUDGET_SHEET))
    return { sheet: TIME_BUDGET_SHEET, created: false };
  const counts = new Map<string, number>();
  for (const c of book.clients)
    if (c.tier !== null) counts.set(c.tier, (counts.get(c.tier) ?? 0) + 1);
  await writeOwnedSheet(
    port,
    timeBudgetLayout({
      table: book.table.name,
      mapping: book.mapping,
      settings: book.settings,
      hasSettingsSheet: book.hasSettingsSheet,
      counts,
    }),
    book.dateSystem
  );
  return { sheet: TIME_BUDGET_SHEET, created: true };
}
