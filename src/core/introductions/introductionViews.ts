/**
 * What the card, the welcome call and the score read of the introductions: a client's
 * introductions in the last twelve months, who introduced a new client, and how many people a
 * client introduced.
 */
import { dateText } from "../today/reasonText";
import type { DaySerial } from "../dates/serial";
import type { Introduction } from "./introductions";

/** Twelve months back from the as-of day. */
export const INTRODUCTION_WINDOW_DAYS = 365;

/** The card's line for one: "introduced Ana Ruiz (12 Mar 2026, became a client)". */
export function introductionText(clientId: string, intro: Introduction): string {
  const when = `${dateText(intro.date)}, ${intro.result}`;
  return intro.introducerId === clientId
    ? `introduced ${intro.introducedName || intro.introducedId} (${when})`
    : `introduced by ${intro.introducerName || intro.introducerId} (${when})`;
}

/** Who introduced the client (the latest introduction naming them), or null. */
export function introducerOf(
  clientId: string,
  intros: readonly Introduction[]
): Introduction | null {
  let found: Introduction | null = null;
  for (const i of intros)
    if (i.introducedId === clientId && (found === null || i.date >= found.date)) found = i;
  return found;
}

/** "thank Maria for the introduction": the introducer's first name, as one would say it. */
export function thankText(intro: Introduction): string {
  const name = (intro.introducerName || intro.introducerId).trim();
  const first = name.includes(",")
    ? name.split(",")[1].trim().split(/\s+/)[0]
    : name.split(/\s+/)[0];
  return `thank ${first || name} for the introduction`;
}

/** How many introductions each client made (every result counts: the thought is what the hour earns). */
export function introductionsMade(intros: readonly Introduction[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of intros) counts.set(i.introducerId, (counts.get(i.introducerId) ?? 0) + 1);
  return counts;
}

/** The introductions by client (as introducer and as introduced), each list newest first. */
export function introductionsByClient(
  intros: readonly Introduction[]
): Map<string, Introduction[]> {
  const by = new Map<string, Introduction[]>();
  const add = (id: string, i: Introduction) => {
    if (id === "") return;
    const list = by.get(id);
    if (list === undefined) by.set(id, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  for (const i of intros) {
    add(i.introducerId, i);
    add(i.introducedId, i);
  }
  for (const list of by.values()) list.sort((a, b) => b.date - a.date);
  return by;
}

/** The client's card lines: their introductions in the year before `asOf`, newest first. */
export function introductionLines(
  clientId: string,
  theirs: readonly Introduction[],
  asOf: DaySerial
): string[] {
  return theirs
    .filter((i) => i.date <= asOf && asOf - i.date <= INTRODUCTION_WINDOW_DAYS)
    .map((i) => introductionText(clientId, i));
}
