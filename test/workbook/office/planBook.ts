/**
 * A plan sheet's layout from the real core (planSheet.ts), fed as the plan action feeds it, for
 * the small book's first client (Ames) with a contact history of any length.
 */
import { CRITERIA, guessMapping } from "../../../src/core/book/clientFields";
import { scoreBook } from "../../../src/core/book/clientBook";
import { normaliseTier } from "../../../src/core/scoring/tierName";
import { readClientRows } from "../../../src/core/book/clientRows";
import type { ContactEntry } from "../../../src/core/book/contactLog";
import { planSchedule } from "../../../src/core/rotation/planSchedule";
import { planLayout } from "../../../src/core/sheets/planSheet";
import { nextContact } from "../../../src/core/rotation/rotation";
import { RankedBook, scoreBreakdown } from "../../../src/core/scoring/score";
import { DEFAULT_SETTINGS, weightOf, workCalendar } from "../../../src/core/book/settings";
import type { SheetLayout } from "../../../src/workbook/workbookPort";
import { AS_OF, HEADERS, ROWS } from "../../fixtures/smallBook";

export const PLAN_SHEET = "Ames";

/** `count` contacts with Ames, one a day back from the as-of date, each with notes and a follow-up. */
export function history(count: number): ContactEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    date: AS_OF - i,
    clientId: "C-1",
    clientName: "Ames",
    who: "Dana",
    channel: "call",
    direction: "outbound",
    minutes: 10,
    notes: `call ${i}: talked about the portfolio`,
    followUp: i === 0 ? "ask how the recital went" : "",
    snoozedUntil: null,
  }));
}

/** The layout writePlan hands the workbook: the whole sheet when new, else the generated parts. */
export function amesPlan(log: readonly ContactEntry[], regenerate: boolean): SheetLayout {
  const settings = DEFAULT_SETTINGS;
  const reading = readClientRows(
    { headers: HEADERS, rows: ROWS, firstRowNumber: 2 },
    guessMapping(HEADERS),
    new Set(settings.tiers.map((t) => normaliseTier(t.tier)))
  );
  const clients = scoreBook(reading.clients, settings, [...log]);
  const client = clients[0];
  const policy = settings.tiers.find((t) => t.tier === client.tier) ?? null;
  const calendar = workCalendar(settings);
  const ranked = RankedBook.of(
    clients.map((c) => c.record.criteria),
    CRITERIA.length
  );
  const layout = planLayout(
    {
      client,
      breakdown: scoreBreakdown(
        ranked,
        client.record.criteria,
        CRITERIA.map((field) => weightOf(settings, field))
      ),
      policy,
      nextContact:
        policy === null || client.lastContact === null
          ? null
          : nextContact(client.lastContact, policy.days, calendar),
      schedule:
        policy === null
          ? []
          : planSchedule({
              lastContact: client.lastContact,
              policy,
              owner: client.owner,
              asOf: AS_OF,
              calendar,
            }),
      history: log,
      asOf: AS_OF,
    },
    regenerate
  );
  return { sheet: PLAN_SHEET, names: [], ...layout };
}
