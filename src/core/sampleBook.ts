/**
 * A realistic, deterministic client list to try the add-in on: Pareto-like revenue, a few owners,
 * birthdays and client-since dates, and last contacts spread so that some clients are overdue,
 * some due this week and a few new ones never contacted. The same seed gives the same book.
 */
import type { Cell } from "./cells";
import { seededRandom } from "./seededRandom";
import type { DaySerial } from "./serial";

export const SAMPLE_HEADERS = [
  "Client ID", "Client", "Tier", "Revenue", "Profitability", "Products", "Strategic value", "Opportunity",
  "Last contact", "Owner", "Birthday", "Client since", "Phone", "Email", "Follow-up",
] as const;

/** Columns of SAMPLE_HEADERS that hold dates. */
export const SAMPLE_DATE_COLUMNS = [8, 10, 11];

const FIRST = ["Ava", "Ben", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hiro", "Isla", "Jonas", "Kemi", "Liam", "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sam", "Tara"];
const LAST = ["Ames", "Baker", "Chen", "Dutta", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Khan", "Lopez", "Moreau", "Novak", "Okafor", "Patel", "Rossi", "Silva", "Tanaka", "Walsh"];
const OWNERS = ["Dana Whitfield", "Lee Moreno", "Sam Okoro"];
const FOLLOW_UPS = [
  "ask how the recital went", "backyard renovation finished?", "two-week cruise to Alaska", "daughter starting university",
  "new job at the hospital", "thinking about retiring early", "", "", "", "",
];

export interface SampleOptions {
  readonly size?: number;
  readonly seed?: number;
  /** The day the sample is made for; last contacts and new clients are spread around it. */
  readonly asOf: DaySerial;
}

export function sampleRows(options: SampleOptions): Cell[][] {
  const size = options.size ?? 500;
  const next = seededRandom(options.seed ?? 20261123);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const rows: Cell[][] = [];
  for (let i = 0; i < size; i++) {
    // Pareto (alpha ≈ 1.16): about a fifth of the clients hold four fifths of the revenue.
    const revenue = Math.round(1500 / Math.pow(1 - next() * 0.999, 1 / 1.16) / 10) * 10;
    const isNew = next() < 0.02;
    const since = isNew ? options.asOf - Math.floor(next() * 25) : options.asOf - 200 - Math.floor(next() * 6000);
    const lastContact = isNew ? "" : next() < 0.04 ? "" : Math.max(since, options.asOf - Math.floor(next() * 420));
    // Drawn for every client, so the sequence does not depend on who was contacted; only a
    // conversation leaves something to follow up on.
    const followUp = pick(FOLLOW_UPS);
    rows.push([
      `C-${String(i + 1).padStart(4, "0")}`,
      `${pick(FIRST)} ${pick(LAST)}`,
      "",
      revenue,
      Math.round(revenue * (0.15 + next() * 0.35)),
      1 + Math.floor(next() * 6),
      1 + Math.floor(next() * 5),
      Math.round(revenue * next() * 1.5),
      lastContact,
      pick(OWNERS),
      next() < 0.85 ? options.asOf - 9000 - Math.floor(next() * 20000) : "",
      since,
      `+1 555 ${String(1000 + i).slice(-4)}`,
      `client${i + 1}@example.com`,
      lastContact === "" ? "" : followUp,
    ]);
  }
  return rows;
}
