/** The Coverage dashboard, refreshed from the pane: the core's figures written to their sheet. */
import { coverage, paretoSeries, type Coverage } from "../core/reviews/coverage";
import { coverageByOwner, type OwnerCoverage } from "../core/reviews/coverageByOwner";
import {
  COVERAGE_SHEET,
  coverageDataLayout,
  coverageLayout,
  PARETO_ROWS,
} from "../core/sheets/coverageSheet";
import { CRITERIA } from "../core/book/clientFields";
import { householdTitle } from "../core/households/householdNames";
import type { DaySerial } from "../core/dates/serial";
import { cadenceTable, tierPolicy, workCalendar } from "../core/book/settings";
import type { TierMode } from "../core/book/contactOutcome";
import { tierMode } from "../core/book/tierResponsibility";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";
import { writeOwnedSheet } from "./writeOwnedSheet";

const ROWS_SETTING = "relationshipHour.coverageRows";
const OWNER_ROWS_SETTING = "relationshipHour.coverageOwnerRows";

/** Coverage per advisor and tier, from the book's own settings. */
export function bookCoverageByOwner(book: LoadedBook, asOf: DaySerial): OwnerCoverage[] {
  return coverageByOwner(
    book.clients,
    cadenceTable(book.settings),
    workCalendar(book.settings),
    asOf
  );
}

/** The book's coverage as of a day, from its own settings and Contact Log. */
export function bookCoverage(book: LoadedBook, asOf: DaySerial): Coverage {
  return coverage(
    book.clients,
    cadenceTable(book.settings),
    workCalendar(book.settings),
    asOf,
    book.log,
    clientModes(book),
    { list: book.introductions, tierOf: clientTiers(book) }
  );
}

/** Each client's tier by ID, for counting introductions by the introducer's tier. */
function clientTiers(book: LoadedBook): (clientId: string) => string | null {
  const tiers = new Map(book.clients.map((c) => [c.id, c.tier]));
  return (id) => tiers.get(id) ?? null;
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

/**
 * The Pareto chart's bars: each client's revenue, or by household each household's combined
 * revenue under its name ("The Lopez household"), a family once.
 */
export function paretoItems(book: LoadedBook): { label: string; value: number | null }[] {
  const revenue = CRITERIA.indexOf("revenue");
  const byId = new Map(book.clients.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const items: { label: string; value: number | null }[] = [];
  for (const client of book.clients) {
    const household = client.household;
    if (household === null || household.memberIds.length < 2) {
      items.push({ label: client.name, value: client.record.criteria[revenue] });
      continue;
    }
    if (seen.has(household.key)) continue;
    seen.add(household.key);
    const names = household.memberIds.map((id) => byId.get(id)?.name ?? id);
    items.push({
      label: householdTitle(household.label, names),
      value: household.combined[revenue],
    });
  }
  return items;
}

export async function refreshCoverage(
  port: WorkbookPort,
  book: LoadedBook,
  asOf: DaySerial
): Promise<string> {
  const result = bookCoverage(book, asOf);
  const pareto = paretoSeries(paretoItems(book));
  const previous = Number((await port.loadSetting(ROWS_SETTING)) ?? 0);
  const previousOwners = Number((await port.loadSetting(OWNER_ROWS_SETTING)) ?? 0);
  const byOwner = bookCoverageByOwner(book, asOf);
  // The helper sheet first: the dashboard's charts draw from it.
  await writeOwnedSheet(
    port,
    coverageDataLayout(result, pareto, Number.isFinite(previous) ? previous : 0),
    book.dateSystem
  );
  await writeOwnedSheet(
    port,
    coverageLayout(
      result,
      pareto,
      asOf,
      Number.isFinite(previous) ? previous : 0,
      byOwner,
      Number.isFinite(previousOwners) ? previousOwners : 0
    ),
    book.dateSystem
  );
  await port.saveSetting(ROWS_SETTING, String(Math.min(pareto.length, PARETO_ROWS)));
  await port.saveSetting(
    OWNER_ROWS_SETTING,
    String(byOwner.reduce((n, o) => n + o.tiers.length, 0))
  );
  return COVERAGE_SHEET;
}
