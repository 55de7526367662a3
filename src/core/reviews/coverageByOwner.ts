/**
 * Coverage per advisor and tier: the 70%-unheard audit for each owner's own book, so a firm sees
 * whose best clients are going unheard, not only that some are.
 */
import type { CadenceTable } from "../rotation/cadence";
import type { DaySerial } from "../dates/serial";
import type { WorkCalendar } from "../dates/workdays";
import { ownerKey } from "../today/callList";
import { coverage, type CoverageClient, type TierCoverage } from "./coverage";

export interface OwnerCoverage {
  /** As first typed in the book; "" for clients with no owner. */
  readonly owner: string;
  readonly tiers: readonly TierCoverage[];
}

export function coverageByOwner(
  clients: readonly (CoverageClient & { readonly owner: string })[],
  cadence: CadenceTable,
  calendar: WorkCalendar,
  asOf: DaySerial
): OwnerCoverage[] {
  const groups = new Map<string, { owner: string; clients: CoverageClient[] }>();
  for (const client of clients) {
    const key = ownerKey(client.owner);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { owner: client.owner.trim(), clients: [] }));
    group.clients.push(client);
  }
  return [...groups.values()]
    .sort((a, b) => (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0))
    .map((g) => ({ owner: g.owner, tiers: coverage(g.clients, cadence, calendar, asOf).tiers }));
}

/**
 * The sheet's and the command line's rows: owner, tier, clients (by household: households, each
 * family once), share, overdue, never contacted.
 */
export function ownerCoverageRows(
  byOwner: readonly OwnerCoverage[]
): [string, string, number, number | null, number, number][] {
  return byOwner.flatMap((o) =>
    o.tiers.map((t): [string, string, number, number | null, number, number] => [
      o.owner,
      t.tier,
      t.units,
      t.share,
      t.overdue,
      t.neverContacted,
    ])
  );
}
