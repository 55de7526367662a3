/**
 * Whose twelve days: by default the clients I am the owner of (a firm's advisors each write to
 * their own best clients), or the whole firm; picked by a score that puts profitability first, as
 * the seeds do, unless the settings give weights of their own.
 */
import type { BookClient } from "../book/clientBook";
import { CRITERIA, type ClientField } from "../book/clientFields";
import type { RotationSettings } from "../book/settings";
import type { DaySerial } from "../dates/serial";
import { RankedBook, scoreOwnRow } from "../scoring/score";
import { ownerKey } from "../today/callList";
import { twelveDays, type ReviewDay } from "./twelveDays";

/** Profitability first, then revenue; the other criteria count once each. */
export const TWELVE_DAYS_WEIGHTS: Readonly<Partial<Record<ClientField, number>>> = {
  profitability: 3,
  revenue: 2,
  products: 1,
  strategic: 1,
  opportunity: 1,
};

/** "mine": the clients whose owner is `me` (everyone's when no one is named); "firm": everyone's. */
export type TwelveDaysScope = "mine" | "firm";

export function twelveDaysPick(
  clients: readonly BookClient[],
  settings: RotationSettings,
  start: DaySerial,
  scope: TwelveDaysScope = "mine"
): ReviewDay<BookClient>[] {
  const own = Object.keys(settings.weights).length > 0 ? settings.weights : TWELVE_DAYS_WEIGHTS;
  const weights = CRITERIA.map((field) => own[field] ?? 1);
  // Ranked within the whole book, so "my best" means best in the firm's terms.
  const ranked = RankedBook.ofOwnRows(
    clients.map((c) => c.record.criteria),
    CRITERIA.length
  );
  const me = ownerKey(settings.me);
  const scored = clients.flatMap((client, i) =>
    scope === "firm" || me === "" || ownerKey(client.owner) === me
      ? [{ ...client, score: scoreOwnRow(ranked, i, weights) }]
      : []
  );
  const byId = new Map(clients.map((c) => [c.id, c]));
  return twelveDays(scored, start).map((d) => ({ ...d, client: byId.get(d.client.id)! }));
}
