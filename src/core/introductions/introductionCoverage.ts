/**
 * Introductions counted for the coverage sheet and the audit: per tier of the client who made
 * them (do the top tiers, who hear from you most, introduce most?) and per calendar year, each with
 * how many became clients.
 */
import { dateFromSerial } from "../dates/serial";
import { normaliseTier } from "../scoring/tierName";
import type { Introduction } from "./introductions";

export interface IntroductionCount {
  readonly made: number;
  readonly becameClients: number;
}

export interface IntroductionCoverage {
  /** In the cadence's tier order; introducers without a tier the cadence knows are "untiered". */
  readonly byTier: readonly (IntroductionCount & { readonly tier: string })[];
  /** Oldest year first. */
  readonly byYear: readonly (IntroductionCount & { readonly year: number })[];
}

export const UNTIERED = "untiered";

export function introductionCoverage(
  intros: readonly Introduction[],
  tiers: readonly string[],
  tierOf: (clientId: string) => string | null
): IntroductionCoverage {
  const known = tiers.map(normaliseTier);
  const byTier = new Map<string, { made: number; becameClients: number }>(
    [...known, UNTIERED].map((t) => [t, { made: 0, becameClients: 0 }])
  );
  const byYear = new Map<number, { made: number; becameClients: number }>();
  for (const intro of intros) {
    const typed = tierOf(intro.introducerId);
    const tier =
      typed !== null && known.includes(normaliseTier(typed)) ? normaliseTier(typed) : UNTIERED;
    const { year } = dateFromSerial(intro.date);
    if (!byYear.has(year)) byYear.set(year, { made: 0, becameClients: 0 });
    for (const count of [byTier.get(tier)!, byYear.get(year)!]) {
      count.made++;
      if (intro.result === "became a client") count.becameClients++;
    }
  }
  return {
    byTier: [...byTier].map(([tier, c]) => ({ tier, ...c })),
    byYear: [...byYear].sort(([a], [b]) => a - b).map(([year, c]) => ({ year, ...c })),
  };
}
