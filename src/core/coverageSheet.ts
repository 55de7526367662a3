/**
 * The Coverage dashboard: per tier, who is contacted within cadence, overdue, never contacted and
 * unheard for a year; proactive against inbound contact; and the revenue concentration (each
 * client's revenue largest first, with the running share) that the Pareto chart draws from.
 * Rewritten whole on every refresh: nothing on it is the user's.
 */
import type { Cell } from "./cells";
import type { Coverage, ParetoPoint } from "./coverage";
import { dateText } from "./reasonText";
import type { DaySerial } from "./serial";

export const COVERAGE_SHEET = "Coverage";
/** Rows kept for the Pareto data, so a refresh with fewer clients leaves no stale rows behind. */
export const PARETO_ROWS = 1000;

export function coverageLayout(
  result: Coverage,
  pareto: readonly ParetoPoint[],
  asOf: DaySerial,
  previousParetoRows = 0
) {
  const tierRows: Cell[][] = result.tiers.map((t) => [
    t.tier,
    t.clients,
    t.share ?? "",
    t.overdue,
    t.neverContacted,
    t.unheardForAYear,
  ]);
  const first = 13 + tierRows.length;
  const shown = pareto.slice(0, PARETO_ROWS);
  const paretoRows: Cell[][] = shown.map((p) => [p.label, p.value, p.cumulativeShare]);
  // Blank out what an earlier, longer refresh wrote below.
  for (let i = shown.length; i < Math.max(previousParetoRows, 0); i++)
    paretoRows.push(["", "", ""]);
  return {
    sheet: COVERAGE_SHEET,
    blocks: [
      { at: "A1", values: [[`Coverage of the book, ${dateText(asOf)}`]], bold: true },
      {
        at: "A2",
        values: [["Refreshed from the pane; anything typed here is replaced on the next refresh."]],
      },
      {
        at: "A4",
        values: [
          [
            "Tier",
            "Clients",
            "Contacted within cadence",
            "Overdue",
            "Never contacted",
            "Not heard from in 12 months",
          ],
        ],
        bold: true,
      },
      { at: "A5", values: tierRows, formats: ["@", "0", "0%", "0", "0", "0"] },
      {
        at: `A${6 + tierRows.length}`,
        values: [
          ["Clients without a tier the cadence knows", result.untiered],
          ["Logged contacts in the last 12 months: proactive", result.proactive],
          ["… inbound", result.inbound],
        ],
        formats: ["@", "0"],
      },
      {
        at: `A${6 + tierRows.length + 3}`,
        values: [["Proactive share", result.proactiveShare ?? ""]],
        formats: ["@", "0%"],
      },
      { at: `A${first - 1}`, values: [["Client", "Revenue", "Cumulative share"]], bold: true },
      ...(paretoRows.length > 0
        ? [{ at: `A${first}`, values: paretoRows, formats: ["@", "#,##0", "0%"] }]
        : []),
    ],
    names: [],
    columnWidths: [44, 12, 24, 10, 16, 26],
    freezeRows: 2,
    printArea: `A1:F${first + Math.max(shown.length, 1) - 1}`,
  };
}
