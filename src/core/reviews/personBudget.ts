/**
 * One person's time budget: the contacts they are responsible for (their own top tier, the team
 * tiers of the owners they support, the cards and welcome calls that go with them) against their
 * hours — the year's 2,200 less allocations, and the seeds' relationship hour: their daily minutes
 * × the year's working days (about 250 hours).
 */
import type { BookClient } from "../book/clientBook";
import { tierPolicy, workCalendar, type RotationSettings } from "../book/settings";
import { serialFromDate, type DaySerial, dateFromSerial } from "../dates/serial";
import { isWorkingDay } from "../dates/workdays";
import { Responsibilities } from "../today/responsibility";
import { ownerKey } from "../today/callList";
import {
  DEFAULT_ALLOCATIONS,
  DEFAULT_ANNUAL_HOURS,
  timeBudget,
  type TierLoad,
  type TimeBudget,
} from "./timeBudget";

export const MINUTES_PER_CARD = 5;
export const MINUTES_PER_WELCOME = 20;

export interface PersonBudget extends TimeBudget {
  readonly person: string;
  /** Clients whose rotation contact is this person's, per tier. */
  readonly tiers: readonly TierLoad[];
  readonly cards: number;
  readonly welcomes: number;
  /** Working days in the year of the as-of date (the settings' weekend and holidays). */
  readonly workingDays: number;
  /** Minutes a day ÷ 60 × working days: the relationship hour's hours in a year. */
  readonly hourBudget: number;
  /** hourBudget − neededHours. */
  readonly hourSurplus: number;
}

export function workingDaysInYear(settings: RotationSettings, year: number): number {
  const calendar = workCalendar(settings);
  const first = serialFromDate({ year, month: 1, day: 1 });
  const next = serialFromDate({ year: year + 1, month: 1, day: 1 });
  let days = 0;
  for (let d = first; d < next; d++) if (isWorkingDay(d, calendar)) days++;
  return days;
}

export function personBudget(
  clients: readonly BookClient[],
  settings: RotationSettings,
  person: string,
  asOf: DaySerial
): PersonBudget {
  const routes = new Responsibilities(settings);
  const me = ownerKey(person);
  const counts = new Map<string, number>();
  let cards = 0;
  let welcomes = 0;
  for (const client of clients) {
    const route = routes.route(client);
    if (route.kind === "person" && ownerKey(route.person) === me && client.tier !== null)
      counts.set(client.tier, (counts.get(client.tier) ?? 0) + 1);
    if (ownerKey(routes.occasionPerson(client)) !== me) continue;
    if (client.birthday !== null) cards++;
    if (client.clientSince !== null) {
      cards++;
      // New clients of the last year: about as many will come in the next.
      if (client.clientSince <= asOf && asOf - client.clientSince < 365) welcomes++;
    }
  }
  const tiers = settings.tiers
    .filter((t) => (counts.get(t.tier) ?? 0) > 0)
    .map((t) => ({
      tier: t.tier,
      clients: counts.get(t.tier) ?? 0,
      cadenceDays: tierPolicy(settings, t.tier)?.days ?? t.days,
      minutesPerContact: settings.minutesPerCall,
    }));
  const budget = timeBudget({
    annualHours: DEFAULT_ANNUAL_HOURS,
    allocations: DEFAULT_ALLOCATIONS,
    tiers,
    cards,
    minutesPerCard: MINUTES_PER_CARD,
    welcomes,
    minutesPerWelcome: MINUTES_PER_WELCOME,
  });
  const workingDays = workingDaysInYear(settings, dateFromSerial(asOf).year);
  const hourBudget = (settings.capacityMinutes / 60) * workingDays;
  return {
    ...budget,
    person: person.trim(),
    tiers,
    cards,
    welcomes,
    workingDays,
    hourBudget,
    hourSurplus: hourBudget - budget.neededHours,
  };
}
