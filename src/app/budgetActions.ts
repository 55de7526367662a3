/**
 * The Time Budget sheet. It is all live formulas, so it is written once: later it recalculates in
 * Excel by itself, and writing it again would overwrite the hours the user typed in.
 */
import { timeBudgetLayout, TIME_BUDGET_SHEET } from "../core/sheets/timeBudgetSheet";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { DaySerial } from "../core/dates/serial";
import { personBudget, type PersonBudget } from "../core/reviews/personBudget";
import { personBudgetLayout } from "../core/sheets/personBudgetSheet";
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

/**
 * The Time Budget for one person (default: "I am"), on a sheet of their own. Unlike the book's
 * budget it is values, written again on each call: who is responsible follows the settings' team
 * table, which formulas over the client table cannot.
 */
export async function createPersonTimeBudget(
  port: WorkbookPort,
  book: LoadedBook,
  asOf: DaySerial,
  person: string = book.settings.me
): Promise<{ sheet: string; budget: PersonBudget }> {
  const budget = personBudget(book.clients, book.settings, person, asOf);
  const layout = personBudgetLayout(budget, asOf);
  await writeOwnedSheet(port, layout, book.dateSystem);
  return { sheet: layout.sheet, budget };
}
