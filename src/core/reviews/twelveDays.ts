/**
 * The twelve days of appreciation: the top twelve clients by score, one a day over the twelve days
 * before 25 December (or from any start date), each for fifteen minutes of reflection and fifteen
 * of brainstorming, ending in a handwritten letter.
 */
import { dateFromSerial, serialFromDate, type DaySerial } from "../dates/serial";

export interface ReviewClient {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly score: number | null;
}

export interface ReviewDay<C extends ReviewClient = ReviewClient> {
  /** 1 to 12. */
  readonly day: number;
  readonly date: DaySerial;
  readonly client: C;
}

export const REFLECTION_PROMPTS = [
  "15 minutes: what went well this year?",
  "What could we have done better?",
  "15 minutes: how could we add more value next year (an introduction, an event, something out of the ordinary)?",
] as const;

/** 13 December of the year: twelve days later is Christmas Eve. */
export function twelveDaysStart(year: number): DaySerial {
  return serialFromDate({ year, month: 12, day: 13 });
}

/** Best score first; equal scores by name, then ID, so the same book always gives the same days. */
function byScore(a: ReviewClient, b: ReviewClient): number {
  return (
    (b.score ?? -Infinity) - (a.score ?? -Infinity) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Up to twelve days: a book of fewer clients gets fewer days, clients without a score come last. */
export function twelveDays<C extends ReviewClient>(
  clients: readonly C[],
  start: DaySerial
): ReviewDay<C>[] {
  return [...clients]
    .sort(byScore)
    .slice(0, 12)
    .map((client, i) => ({ day: i + 1, date: start + i, client }));
}

/** The coming twelve days: this year's, or next year's once Christmas Eve has passed. */
export function upcomingTwelveDaysStart(asOf: DaySerial): DaySerial {
  const year = dateFromSerial(asOf).year;
  const start = twelveDaysStart(year);
  return asOf > start + 11 ? twelveDaysStart(year + 1) : start;
}
