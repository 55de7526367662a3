/**
 * A realistic, deterministic client book to try the add-in on, and the one the tests and the
 * benchmark run against: Pareto revenue, products, strategic value, opportunity, owners, birthdays
 * and client-since dates, last contacts spread so that some clients are overdue, some due this week
 * and some never contacted, and a Contact Log history that agrees with the rows. The same seed and
 * size give the same book; the work is linear in the size.
 */
import type { Cell } from "../cells/cells";
import type { ContactEntry } from "../book/contactLog";
import { clientHistory, HISTORY_DAYS, inDateOrder, type HistoryContext } from "./sampleHistory";
import { seededRandom } from "./seededRandom";
import type { DaySerial } from "../dates/serial";
import { FIRST, LAST } from "./sampleNames";
import { sampleIntroductions } from "./sampleIntroductions";
import type { Introduction } from "../introductions/introductions";

export const SAMPLE_HEADERS = [
  "Client ID",
  "Client",
  "Tier",
  "Revenue",
  "Profitability",
  "Products",
  "Strategic value",
  "Opportunity",
  "Last contact",
  "Owner",
  "Birthday",
  "Client since",
  "Phone",
  "Email",
  "Follow-up",
  "Household",
] as const;

/** Columns of SAMPLE_HEADERS that hold dates. */
export const SAMPLE_DATE_COLUMNS = [8, 10, 11];

export const SAMPLE_SIZE = 500;
export const MAX_SAMPLE_SIZE = 100_000;
export const SAMPLE_SEED = 20261123;

/** The first three share every book; a larger book has more advisors, about one per 250 clients. */
const OWNERS = [
  "Dana Whitfield",
  "Lee Moreno",
  "Sam Okoro",
  "Priya Raman",
  "Tom Becker",
  "Ines Duarte",
  "Kofi Mensah",
  "Mei Lin",
  "Oscar Varga",
  "Rita Kowalski",
  "Yusuf Demir",
  "Zoe Hart",
];
const FOLLOW_UPS = [
  "ask how the recital went",
  "backyard renovation finished?",
  "two-week cruise to Alaska",
  "daughter starting university",
  "new job at the hospital",
  "thinking about retiring early",
  "",
  "",
  "",
  "",
];

/**
 * Revenue as a bounded Pareto: from 1,000 to 500,000 with shape 0.8, so the top fifth of clients
 * hold about four fifths of it. Each client draws from its own slice of the distribution (a
 * shuffled stratum), so the share holds at 500 clients as at 100,000, not only on average.
 */
const REVENUE_LOW = 1000;
const REVENUE_HIGH = 500_000;
const REVENUE_SHAPE = 0.8;
const REVENUE_SPAN = 1 - Math.pow(REVENUE_LOW / REVENUE_HIGH, REVENUE_SHAPE);

function revenueAt(quantile: number): number {
  const value = REVENUE_LOW / Math.pow(1 - quantile * REVENUE_SPAN, 1 / REVENUE_SHAPE);
  return Math.round(value / 10) * 10;
}

/**
 * The days between contacts the client's tier will likely have under the default cadence: the
 * ABC tiers are worked out on the whole book later, so this goes by the revenue quantile instead
 * (with the default 80% / 95% shares, the top fifth are A and the next two fifths or so B).
 */
function likelyCadence(quantile: number): number {
  return quantile >= 0.8 ? 90 : quantile >= 0.37 ? 180 : 365;
}

/** 0..n-1 in a seeded random order (Fisher–Yates). */
function shuffled(n: number, next: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

export interface SampleOptions {
  /** The day the sample is made for; last contacts, new clients and the log are spread around it. */
  readonly asOf: DaySerial;
  /** How many clients, 1 to 100,000 (default 500). */
  readonly size?: number;
  readonly seed?: number;
}

export interface SampleBook {
  /** One row per client, in SAMPLE_HEADERS order. */
  readonly rows: Cell[][];
  /** The Contact Log, oldest first, within the eighteen months before asOf. */
  readonly log: ContactEntry[];
  /** The Introductions table, oldest first, within the three years before asOf. */
  readonly introductions: Introduction[];
}

/** About a third of the clients share a household: each client joins the one before with this chance. */
const JOIN_HOUSEHOLD = 0.2;
/** A seed of its own for households, so that adding them left every other value of the book as it was. */
const HOUSEHOLD_SEED = 0x5eed;

/** The client a next one may join as a partner. */
interface Partner {
  readonly row: Cell[];
  readonly first: string;
  readonly last: string;
  readonly lastContact: DaySerial | null;
  readonly since: DaySerial;
}

/** The household label as CRM exports write it, "Lopez, Maria & Tom", made unique in the book. */
class HouseholdLabels {
  private readonly used = new Map<string, number>();

  label(family: string, firsts: string): string {
    const base = `${family}, ${firsts}`;
    const seen = this.used.get(base) ?? 0;
    this.used.set(base, seen + 1);
    return seen === 0 ? base : `${base} (${seen + 1})`;
  }
}

export function sampleBook(options: SampleOptions): SampleBook {
  const size = options.size ?? SAMPLE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_SAMPLE_SIZE)
    throw new RangeError(
      `sample size ${size}: give a whole number of clients from 1 to ${MAX_SAMPLE_SIZE}`
    );
  const { asOf } = options;
  const next = seededRandom(options.seed ?? SAMPLE_SEED);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const owners = OWNERS.slice(0, Math.min(OWNERS.length, Math.max(3, Math.ceil(size / 250))));
  const context: HistoryContext = { asOf, next, owners, followUps: FOLLOW_UPS };
  const strata = shuffled(size, next);
  const joins = seededRandom((options.seed ?? SAMPLE_SEED) ^ HOUSEHOLD_SEED);
  const labels = new HouseholdLabels();
  const HOUSEHOLD = SAMPLE_HEADERS.indexOf("Household");
  const OWNER = SAMPLE_HEADERS.indexOf("Owner");
  let partner = null as Partner | null;
  const rows: Cell[][] = [];
  const log: ContactEntry[] = [];
  for (let i = 0; i < size; i++) {
    const quantile = (strata[i] + next()) / size;
    const revenue = revenueAt(quantile);
    const cadence = likelyCadence(quantile);
    const isNew = next() < 0.02;
    let since = isNew ? asOf - Math.floor(next() * 25) : asOf - 200 - Math.floor(next() * 6000);
    // About a quarter are past their cadence; a day's gap at least, so nobody is done for today.
    const never = isNew || next() < 0.04;
    let lastContact = never
      ? null
      : Math.max(since, asOf - 1 - Math.floor(cadence * next() * 1.35));
    // Only a conversation leaves something to follow up on.
    const followUp = pick(FOLLOW_UPS);
    const id = `C-${String(i + 1).padStart(4, "0")}`;
    let first = pick(FIRST);
    let last = pick(LAST);
    let owner = pick(owners);
    const opportunity = next();
    // A spouse or partner of the client before: the family's name, advisor and last contact (a
    // contact with one is a contact with both).
    const joined: Partner | null =
      partner !== null && !isNew && joins() < JOIN_HOUSEHOLD ? partner : null;
    let household = "";
    if (joined !== null) {
      last = joined.last;
      // Two Avas in one family would be hard to tell apart on the call list.
      if (first === joined.first) first = FIRST[(FIRST.indexOf(first) + 1) % FIRST.length];
      owner = joined.row[OWNER] as string;
      lastContact = joined.lastContact;
      since = joined.since;
      household = labels.label(last, `${joined.first} & ${first}`);
      joined.row[HOUSEHOLD] = household;
    }
    const name = `${first} ${last}`;
    const row: Cell[] = [
      id,
      name,
      "",
      revenue,
      Math.round(revenue * (0.15 + next() * 0.35)),
      // Larger clients tend to hold more products.
      1 + Math.floor(next() * 4) + Math.floor(Math.log10(revenue / REVENUE_LOW)),
      1 + Math.floor(next() * 5),
      // Now and then nobody has sized the opportunity yet.
      opportunity < 0.05 ? "" : Math.round(revenue * opportunity * 1.5),
      lastContact ?? "",
      owner,
      next() < 0.85 ? asOf - 9000 - Math.floor(next() * 20000) : "",
      since,
      `+1 555 ${String(1000 + i).slice(-4)}`,
      `client${i + 1}@example.com`,
      lastContact === null ? "" : followUp,
      household,
    ];
    rows.push(row);
    partner = joined === null ? { row, first, last, lastContact, since } : null;
    clientHistory(
      {
        id,
        name,
        owner,
        since,
        lastContact,
        followUp: lastContact === null ? "" : followUp,
        cadence,
      },
      context,
      log
    );
  }
  const columns = {
    id: SAMPLE_HEADERS.indexOf("Client ID"),
    name: SAMPLE_HEADERS.indexOf("Client"),
    revenue: SAMPLE_HEADERS.indexOf("Revenue"),
    since: SAMPLE_HEADERS.indexOf("Client since"),
  };
  return {
    rows,
    log: inDateOrder(log, asOf - HISTORY_DAYS, asOf),
    introductions: sampleIntroductions(rows, columns, asOf, options.seed ?? SAMPLE_SEED),
  };
}
