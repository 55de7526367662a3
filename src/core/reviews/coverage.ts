/**
 * How well the book is covered: per tier, the share of clients contacted proactively within their
 * cadence, who is overdue, who was never contacted, and top clients not heard from in a year (the
 * audit that found 70% of large clients unheard); and how much of the logged contact was proactive.
 */
import type { CadenceTable } from "../rotation/cadence";
import { normaliseTier } from "../scoring/tierName";
import { movesRotation, type ContactEntry } from "../book/contactLog";
import type { TierMode } from "../book/contactOutcome";
import { daysOverdue, nextContact } from "../rotation/rotation";
import type { DaySerial } from "../dates/serial";
import type { WorkCalendar } from "../dates/workdays";
import type { Introduction } from "../introductions/introductions";
import {
  introductionCoverage,
  type IntroductionCoverage,
} from "../introductions/introductionCoverage";

export interface CoverageClient {
  readonly tier: string | null;
  readonly lastContact: DaySerial | null;
  /**
   * The household the client is rotated with ("" or absent: on its own). Members share the
   * household's tier and last contact, so a household counts once.
   */
  readonly householdKey?: string;
}

export interface TierCoverage {
  readonly tier: string;
  readonly clients: number;
  /**
   * What the counts below count: households by household (a client on their own is a household
   * of one), else clients — then it equals `clients`.
   */
  readonly units: number;
  /** Not overdue: contacted proactively within the cadence. */
  readonly withinCadence: number;
  readonly overdue: number;
  readonly neverContacted: number;
  /** No proactive contact in the last 365 days (never contacted included). */
  readonly unheardForAYear: number;
  /** withinCadence ÷ units; null for an empty tier. */
  readonly share: number | null;
}

export interface Coverage {
  /** Whether the tiers count households (some clients share one) rather than clients. */
  readonly byHousehold: boolean;
  readonly tiers: readonly TierCoverage[];
  /** Clients without a tier the cadence knows. */
  readonly untiered: number;
  /**
   * Logged contacts in the last 365 days (snoozes not counted): proactive ones that moved the
   * rotation (tries that reached no one are left out), and inbound ones.
   */
  readonly proactive: number;
  readonly inbound: number;
  /** proactive ÷ (proactive + inbound); null when nothing was logged. */
  readonly proactiveShare: number | null;
  /** Introductions per tier of the introducer and per year, where the book's were given. */
  readonly introductions?: IntroductionCoverage;
}

export function coverage(
  clients: readonly CoverageClient[],
  cadence: CadenceTable,
  calendar: WorkCalendar,
  asOf: DaySerial,
  log: readonly ContactEntry[] = [],
  modeOf: (clientId: string) => TierMode = () => "personal",
  introductions?: {
    readonly list: readonly Introduction[];
    readonly tierOf: (clientId: string) => string | null;
  }
): Coverage {
  const tiers = new Map(
    [...cadence.keys()].map((tier) => [
      tier,
      {
        tier,
        clients: 0,
        units: 0,
        withinCadence: 0,
        overdue: 0,
        neverContacted: 0,
        unheardForAYear: 0,
      },
    ])
  );
  let untiered = 0;
  let byHousehold = false;
  // Households already counted: the first member stands for the family.
  const seen = new Set<string>();
  for (const client of clients) {
    const row = client.tier === null ? undefined : tiers.get(normaliseTier(client.tier));
    if (row === undefined) {
      untiered++;
      continue;
    }
    row.clients++;
    const key = client.householdKey ?? "";
    if (key !== "") {
      if (seen.has(key)) {
        byHousehold = true;
        continue;
      }
      seen.add(key);
    }
    row.units++;
    if (client.lastContact === null) {
      row.neverContacted++;
      row.overdue++;
    } else if (
      daysOverdue(nextContact(client.lastContact, cadence.get(row.tier)!, calendar), asOf) > 0
    )
      row.overdue++;
    else row.withinCadence++;
    if (client.lastContact === null || asOf - client.lastContact > 365) row.unheardForAYear++;
  }
  const recent = log.filter(
    (e) => e.channel !== "snooze" && e.date <= asOf && asOf - e.date <= 365
  );
  const proactive = recent.filter((e) => movesRotation(e, modeOf(e.clientId))).length;
  const inbound = recent.filter((e) => e.direction === "inbound").length;
  const counted = proactive + inbound;
  return {
    byHousehold,
    tiers: [...tiers.values()].map((t) => ({
      ...t,
      share: t.units === 0 ? null : t.withinCadence / t.units,
    })),
    untiered,
    proactive,
    inbound,
    proactiveShare: counted === 0 ? null : proactive / counted,
    ...(introductions === undefined
      ? {}
      : {
          introductions: introductionCoverage(
            introductions.list,
            [...cadence.keys()],
            introductions.tierOf
          ),
        }),
  };
}

export interface ParetoPoint {
  readonly label: string;
  readonly value: number;
  /** Cumulative share of the total up to and including this client. */
  readonly cumulativeShare: number;
}

/** Revenue sorted largest first with its running share: the Pareto chart's bars and line. */
export function paretoSeries(
  items: readonly { readonly label: string; readonly value: number | null }[]
): ParetoPoint[] {
  const sorted = items
    .filter((i): i is { label: string; value: number } => i.value !== null && i.value >= 0)
    .sort((a, b) => b.value - a.value);
  const total = sorted.reduce((sum, i) => sum + i.value, 0);
  let running = 0;
  return sorted.map((i) => {
    running += i.value;
    return { label: i.label, value: i.value, cumulativeShare: total === 0 ? 0 : running / total };
  });
}
