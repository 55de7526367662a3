/**
 * The Time Journal sheet: written once, then the user's to fill in; the shares are live formulas.
 * Asked for again, only its chart is drawn anew (replaced by name, no cell touched): a file the
 * command line rewrote has lost it, since the .xlsx library cannot keep charts.
 */
import {
  FIRST_ENTRIES,
  TIME_JOURNAL_HEADERS,
  TIME_JOURNAL_SHEET,
  TIME_JOURNAL_TABLE,
  timeJournalSummary,
} from "../core/sheets/timeJournalSheet";
import type { WorkbookPort } from "../workbook/workbookPort";
import { writeOwnedSheet } from "./writeOwnedSheet";

export async function createTimeJournal(
  port: WorkbookPort
): Promise<{ sheet: string; created: boolean }> {
  if (await port.sheetExists(TIME_JOURNAL_SHEET)) {
    const { charts } = timeJournalSummary();
    await writeOwnedSheet(port, { sheet: TIME_JOURNAL_SHEET, blocks: [], names: [], charts });
    return { sheet: TIME_JOURNAL_SHEET, created: false };
  }
  const table = await port.createTable(
    TIME_JOURNAL_SHEET,
    TIME_JOURNAL_TABLE,
    TIME_JOURNAL_HEADERS,
    FIRST_ENTRIES,
    []
  );
  await writeOwnedSheet(port, { ...timeJournalSummary(), sheet: table.sheet });
  return { sheet: table.sheet, created: true };
}
