/** The Coverage dashboard, refreshed from the pane: the core's figures written to their sheet. */
import { coverage, paretoSeries, type Coverage } from "../core/reviews/coverage";
import { COVERAGE_SHEET, coverageLayout, PARETO_ROWS } from "../core/sheets/coverageSheet";
import { CRITERIA } from "../core/book/clientFields";
import type { DaySerial } from "../core/dates/serial";
import { cadenceTable, tierPolicy, workCalendar } from "../core/book/settings";
import type { TierMode } from "../core/book/contactOutcome";
import { tierMode } from "../core/book/tierResponsibility";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";
import { writeOwnedSheet } from "./writeOwnedSheet";

const ROWS_SETTING = "relationshipHour.coverageRows";

/** The book's coverage as of a day, from its own settings and Contact Log. */
export function bookCoverage(book: LoadedBook, asOf: DaySerial): Coverage {
  return coverage(
    book.clients,
    cadenceTable(book.settings),
    workCalendar(book.settings),
    asOf,
    book.log,
    clientModes(book)
  );
}

/** Each client's tier's way of contact, which decides whether a logged outcome counted. */
export function clientModes(book: LoadedBook): (clientId: string) => TierMode {
  const modes = new Map(
    book.clients.map((c) => [
      c.id,
      tierMode(c.tier === null ? null : tierPolicy(book.settings, c.tier)),
    ])
  );
  return (id) => modes.get(id) ?? "personal";
}

export async function refreshCoverage(
  port: WorkbookPort,
  book: LoadedBook,
  asOf: DaySerial
): Promise<string> {
  const result = bookCoverage(book, asOf);
  const revenue = CRITERIA.indexOf("revenue");
  const pareto = paretoSeries(
    book.clients.map((c) => ({ label: c.name, value: c.record.criteria[revenue] }))
  );
  const previous = Number((await port.loadSetting(ROWS_SETTING)) ?? 0);
  await writeOwnedSheet(
    port,
    coverageLayout(result, pareto, asOf, Number.isFinite(previous) ? previous : 0),
    book.dateSystem
  );
  await port.saveSetting(ROWS_SETTING, String(Math.min(pareto.length, PARETO_ROWS)));
  return COVERAGE_SHEET;
}
