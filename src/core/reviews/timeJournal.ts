/**
 * The 24-hour challenge: a day's activities journaled by category and minutes, and the share of
 * each, set against the study of agents that found 4% of the day spent with clients.
 */

export interface JournalEntry {
  readonly category: string;
  readonly minutes: number;
}

export interface CategoryShare {
  readonly category: string;
  readonly minutes: number;
  readonly share: number;
  /** The published share for the same category, where the study has one. */
  readonly benchmark: number | null;
}

/** The agents' day from the study in the seeds, by category. */
export const AGENT_BENCHMARK: ReadonlyMap<string, number> = new Map([
  ["Client interaction", 0.04],
  ["Errands", 0.3],
  ["Email", 0.24],
  ["Miscellaneous", 0.14],
  ["Cell phone", 0.13],
  ["Web", 0.12],
]);

export const JOURNAL_CATEGORIES = [
  ...AGENT_BENCHMARK.keys(),
  "Internal admin",
  "Putting out fires",
];

/** Minutes per category (as first typed; categories match ignoring case), with their shares. */
export function journalShares(entries: readonly JournalEntry[]): CategoryShare[] {
  const byCategory = new Map<string, { category: string; minutes: number }>();
  for (const e of entries) {
    if (!(e.minutes > 0)) continue;
    const key = e.category.trim().toLowerCase();
    const row = byCategory.get(key) ?? { category: e.category.trim(), minutes: 0 };
    row.minutes += e.minutes;
    byCategory.set(key, row);
  }
  const total = [...byCategory.values()].reduce((sum, r) => sum + r.minutes, 0);
  const benchmark = new Map([...AGENT_BENCHMARK].map(([k, v]) => [k.toLowerCase(), v]));
  return [...byCategory.entries()].map(([key, r]) => ({
    ...r,
    share: total === 0 ? 0 : r.minutes / total,
    benchmark: benchmark.get(key) ?? null,
  }));
}
