/**
 * A deterministic synthetic client book for the benchmark: Excel-shaped cells, seeded PRNG, a
 * Pareto-like revenue spread (lognormal, σ chosen so the top 20% of clients hold about 80%).
 */
import { abcTiers } from "../src/core/abcTier";
import type { Cell } from "../src/core/cells";
import { seededRandom } from "../src/core/seededRandom";

/** 2026-11-23 as a 1900-system serial. */
export const AS_OF = 46349;

/** Lognormal σ with Φ(σ − z₀.₈) = 0.8, i.e. σ = 2 × 0.8416: the top 20% hold 80% in expectation. */
const REVENUE_SIGMA = 1.6832;

function normal(rand: () => number): number {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

const OWNERS = [
  "Dana Whitfield",
  "Lee Ortega",
  "Sam Okafor",
  "Kim Lindqvist",
  "Alex Moreau",
  "Jo Tanaka",
];

export interface SyntheticBook {
  readonly size: number;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** As typed, so a few have stray spaces or another case. */
  readonly owners: readonly string[];
  /** n × 5: revenue, profitability, products held, strategic value (1–5), opportunity ("" = blank). */
  readonly criteria: Cell[][];
  readonly revenue: readonly number[];
  /** ABC tier of the revenue, as typed ("A", or now and then " b "). */
  readonly tiers: readonly string[];
  /** Serial, or null / "" for never contacted. */
  readonly lastContact: readonly Cell[];
  readonly birthdays: readonly (number | null)[];
  readonly clientSince: readonly (number | null)[];
  readonly snoozedUntil: readonly (number | null)[];
}

export function generateBook(size: number, seed: number): SyntheticBook {
  const rand = seededRandom(seed);
  const ids: string[] = [];
  const names: string[] = [];
  const owners: string[] = [];
  const criteria: Cell[][] = [];
  const revenue: number[] = [];
  const lastContact: Cell[] = [];
  const birthdays: (number | null)[] = [];
  const clientSince: (number | null)[] = [];
  const snoozedUntil: (number | null)[] = [];
  for (let i = 0; i < size; i++) {
    ids.push(`C${String(i + 1).padStart(6, "0")}`);
    names.push(`Client ${String((i * 7919) % size).padStart(6, "0")}`);
    const owner = OWNERS[Math.floor(rand() * rand() * OWNERS.length)];
    owners.push(rand() < 0.02 ? ` ${owner.toLowerCase()} ` : owner);
    const rev = Math.round(Math.exp(Math.log(20000) + REVENUE_SIGMA * normal(rand)));
    revenue.push(rev);
    const profitability = Math.round(rev * (rand() * 0.4 - 0.05));
    const products = Math.min(12, 1 + Math.floor(-Math.log(1 - rand()) * 1.5));
    const strategic = 1 + Math.floor(rand() * 5);
    const opportunity: Cell =
      rand() < 0.02 ? "" : Math.round(Math.exp(Math.log(5000) + 1.2 * normal(rand)));
    criteria.push([rev, profitability, products, strategic, opportunity]);
    const never = rand() < 0.05;
    lastContact.push(never ? (i % 2 === 0 ? null : "") : AS_OF - Math.floor(rand() * 500));
    birthdays.push(rand() < 0.7 ? AS_OF - Math.floor((25 + rand() * 60) * 365.25) : null);
    clientSince.push(
      rand() < 0.01 ? AS_OF - Math.floor(rand() * 30) : AS_OF - 30 - Math.floor(rand() * 20 * 365)
    );
    snoozedUntil.push(rand() < 0.01 ? AS_OF + 3 : null);
  }
  const tiers = abcTiers(revenue).map((t, i) =>
    t === null ? "" : i % 97 === 0 ? ` ${t.toLowerCase()} ` : t
  );
  return {
    size,
    ids,
    names,
    owners,
    criteria,
    revenue,
    tiers,
    lastContact,
    birthdays,
    clientSince,
    snoozedUntil,
  };
}

/** Share of the total held by the largest `fraction` of the values. */
export function topShare(values: readonly number[], fraction: number): number {
  const sorted = Float64Array.from(values).sort().reverse();
  const top = Math.round(sorted.length * fraction);
  let head = 0;
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    total += sorted[i];
    if (i < top) head += sorted[i];
  }
  return head / total;
}

/** A list as an Excel column argument: one cell per row. */
export function column(values: readonly Cell[]): Cell[][] {
  return values.map((v) => [v]);
}

/** A fresh copy, as Excel marshals a range anew for every call. */
export function copyMatrix(matrix: readonly (readonly Cell[])[]): Cell[][] {
  return matrix.map((row) => row.slice());
}
