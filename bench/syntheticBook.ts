/**
 * The benchmark's client book: the core's sample book (src/core/sample/sampleBook.ts, the one generator
 * the tests, the CLI and the pane use too), taken apart into the columns the functions are given,
 * then roughed up the way real workbooks are. Deterministic for a seed.
 */
import { abcTiers } from "../src/core/scoring/abcTier";
import type { Cell } from "../src/core/cells/cells";
import { activeSnooze } from "../src/core/book/clientBook";
import { snoozes } from "../src/core/book/contactLog";
import { SAMPLE_HEADERS, sampleBook, type SampleBook } from "../src/core/sample/sampleBook";
import { seededRandom } from "../src/core/sample/seededRandom";

/** 2026-11-23 as a 1900-system serial. */
export const AS_OF = 46349;

export interface SyntheticBook {
  readonly size: number;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** As typed, so a few have stray spaces or another case. */
  readonly owners: readonly string[];
  /** n × 5: revenue, profitability, products held, strategic value (1–5), opportunity (blank: null or ""). */
  readonly criteria: Cell[][];
  readonly revenue: readonly number[];
  /** ABC tier of the revenue, as typed ("A", or now and then " b "). */
  readonly tiers: readonly string[];
  /** Serial, or null / "" for never contacted. */
  readonly lastContact: readonly Cell[];
  readonly birthdays: readonly (number | null)[];
  readonly clientSince: readonly (number | null)[];
  /** From the sample's Contact Log, as scoreBook reads it: a snooze still ahead of the last contact. */
  readonly snoozedUntil: readonly (number | null)[];
  /** The household label ("" for a client on their own): about a third of clients share one. */
  readonly households: readonly string[];
}

/** Where a column of the sample is in its rows. */
const at = (header: (typeof SAMPLE_HEADERS)[number]): number => SAMPLE_HEADERS.indexOf(header);
const ID = at("Client ID");
const NAME = at("Client");
const REVENUE = at("Revenue");
const OPPORTUNITY = at("Opportunity");
const LAST_CONTACT = at("Last contact");
const OWNER = at("Owner");
const BIRTHDAY = at("Birthday");
const SINCE = at("Client since");
const HOUSEHOLD = at("Household");

const dayOrNull = (cell: Cell): number | null => (typeof cell === "number" ? cell : null);

/** The sample's rows as the benchmark's columns, clean: one tier spelling, "" for every blank. */
export function columnsOf(sample: SampleBook): SyntheticBook {
  const { rows } = sample;
  const revenue = rows.map((r) => r[REVENUE] as number);
  const until = snoozes(sample.log);
  return {
    size: rows.length,
    ids: rows.map((r) => r[ID] as string),
    names: rows.map((r) => r[NAME] as string),
    owners: rows.map((r) => r[OWNER] as string),
    // Revenue, profitability, products, strategic value, opportunity: side by side in the sample.
    criteria: rows.map((r) => r.slice(REVENUE, OPPORTUNITY + 1)),
    revenue,
    tiers: abcTiers(revenue).map((t) => t ?? ""),
    lastContact: rows.map((r) => r[LAST_CONTACT]),
    birthdays: rows.map((r) => dayOrNull(r[BIRTHDAY])),
    clientSince: rows.map((r) => dayOrNull(r[SINCE])),
    snoozedUntil: rows.map((r) =>
      activeSnooze(until.get(r[ID] as string) ?? null, dayOrNull(r[LAST_CONTACT]))
    ),
    households: rows.map((r) => r[HOUSEHOLD] as string),
  };
}

/**
 * Bench only: what Excel hands a function from a real workbook, which the sample (made to be
 * read cleanly) does not have. About 2% of owners typed with stray spaces in lower case, every
 * 97th tier as " b ", and blanks that arrive as null (an empty cell) or "" (a formula's empty
 * text), alternately. The functions must give the same answers either way, at the same speed.
 */
export function withExcelMess(book: SyntheticBook, seed: number): SyntheticBook {
  const rand = seededRandom(seed ^ 0x5eed);
  const blank = (cell: Cell, i: number): Cell => (cell === "" && i % 2 === 0 ? null : cell);
  return {
    ...book,
    owners: book.owners.map((o) => (rand() < 0.02 ? ` ${o.toLowerCase()} ` : o)),
    tiers: book.tiers.map((t, i) => (t !== "" && i % 97 === 0 ? ` ${t.toLowerCase()} ` : t)),
    criteria: book.criteria.map((row, i) => row.map((cell) => blank(cell, i))),
    lastContact: book.lastContact.map(blank),
  };
}

export function generateBook(size: number, seed: number): SyntheticBook {
  return withExcelMess(columnsOf(sampleBook({ asOf: AS_OF, size, seed })), seed);
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
