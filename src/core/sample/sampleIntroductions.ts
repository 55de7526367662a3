/**
 * The sample's introductions: who brought whom, as a practice that runs the hour collects them.
 * About one for every twenty clients over the last three years, mostly from the best clients (the
 * ones the hour is for); a third of the clients who joined in that time came by one — the newest
 * of them get the welcome call that thanks the introducer — and the rest are people who have not
 * (yet) become clients. Made from the finished rows with a seed of its own, so adding them left
 * every other value of the sample as it was.
 */
import type { Cell } from "../cells/cells";
import type { DaySerial } from "../dates/serial";
import type { Introduction, IntroductionResult } from "../introductions/introductions";
import { FIRST, LAST } from "./sampleNames";
import { seededRandom } from "./seededRandom";

const INTRODUCTION_SEED = 0x1e7d;
/** How far back introductions go. */
const YEARS_DAYS = 3 * 365;
/** Of the clients who joined in that time, the share that came by an introduction (the newest: half). */
const JOINED_BY_INTRODUCTION = 0.25;
const NEWEST_BY_INTRODUCTION = 0.5;
const NEWEST_DAYS = 30;
/** People introduced who are not clients: one for this many clients. */
const NOT_CLIENTS_PER = 45;

/** Where the sample's rows hold what an introduction needs. */
export interface IntroductionColumns {
  readonly id: number;
  readonly name: number;
  readonly revenue: number;
  readonly since: number;
}

export function sampleIntroductions(
  rows: readonly (readonly Cell[])[],
  columns: IntroductionColumns,
  asOf: DaySerial,
  seed: number
): Introduction[] {
  const next = seededRandom(seed ^ INTRODUCTION_SEED);
  const { id: ID, name: NAME, revenue: REVENUE, since: SINCE } = columns;
  const since = (row: readonly Cell[]) => row[SINCE] as number;
  /** The best of three clients who were clients before the day: introducers lean to the top. */
  const introducerBefore = (day: DaySerial): readonly Cell[] | null => {
    let best: readonly Cell[] | null = null;
    for (let tries = 0; tries < 12 && (best === null || tries < 3); tries++) {
      const row = rows[Math.floor(next() * rows.length)];
      if (since(row) >= day - 30) continue;
      if (best === null || (row[REVENUE] as number) > (best[REVENUE] as number)) best = row;
    }
    return best;
  };
  const intros: Introduction[] = [];
  const add = (
    date: DaySerial,
    by: readonly Cell[],
    introduced: { id: string; name: string },
    result: IntroductionResult
  ) =>
    intros.push({
      date,
      introducerId: by[ID] as string,
      introducerName: by[NAME] as string,
      introducedId: introduced.id,
      introducedName: introduced.name,
      result,
    });

  for (const row of rows) {
    const joined = since(row);
    if (joined < asOf - YEARS_DAYS) continue;
    const share = joined >= asOf - NEWEST_DAYS ? NEWEST_BY_INTRODUCTION : JOINED_BY_INTRODUCTION;
    if (next() >= share) continue;
    // Met a few weeks before becoming a client.
    const date = joined - 7 - Math.floor(next() * 35);
    const by = introducerBefore(date);
    if (by === null) continue;
    add(date, by, { id: row[ID] as string, name: row[NAME] as string }, "became a client");
  }
  const others = Math.floor(rows.length / NOT_CLIENTS_PER);
  for (let k = 0; k < others; k++) {
    const date = asOf - 1 - Math.floor(next() * YEARS_DAYS);
    const by = introducerBefore(date);
    if (by === null) continue;
    const name = `${FIRST[Math.floor(next() * FIRST.length)]} ${LAST[Math.floor(next() * LAST.length)]}`;
    // A recent one may still come; an old one that has not, mostly will not.
    const result: IntroductionResult = asOf - date < 120 || next() < 0.3 ? "not yet" : "no";
    add(date, by, { id: "", name }, result);
  }
  return intros.sort((a, b) => a.date - b.date);
}
