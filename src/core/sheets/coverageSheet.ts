/**
 * The Coverage dashboard: per tier, who is contacted within cadence, overdue, never contacted and
 * unheard for a year; proactive against inbound contact; and the revenue concentration (each
 * client's revenue largest first, with the running share). Two native charts draw them: the
 * Pareto chart (revenue bars, the running share as a line on its own axis) and coverage by tier
 * (three shares a tier, from the columns at H4). Rewritten whole on every refresh: nothing on it
 * is the user's. A refresh without revenue asks for no Pareto chart; an earlier one stays, over
 * rows now blank, so it draws nothing.
 */
import type { Cell } from "../cells/cells";
import type { Coverage, ParetoPoint, TierCoverage } from "../reviews/coverage";
import { ownerCoverageRows, type OwnerCoverage } from "../reviews/coverageByOwner";
import { dateText } from "../today/reasonText";
import type { DaySerial } from "../dates/serial";
import { columnCells, type SheetChart } from "./sheetChart";

export const COVERAGE_SHEET = "Coverage";
/** Rows kept for the Pareto data, so a refresh with fewer clients leaves no stale rows behind. */
export const PARETO_ROWS = 1000;
export const PARETO_CHART = "RH_Pareto";
export const TIER_CHART = "RH_CoverageByTier";
/** The first row of the tier figures, and of their shares beside them (columns H to K). */
const FIRST_TIER_ROW = 5;

/** Each tier's clients split three ways, as shares: the columns the tier chart draws. */
function tierShares(t: TierCoverage): Cell[] {
  if (t.clients === 0) return [t.tier, "", "", ""];
  const contactedLate = t.overdue - t.neverContacted;
  return [
    t.tier,
    t.withinCadence / t.clients,
    contactedLate / t.clients,
    t.neverContacted / t.clients,
  ];
}

/** Over the shares at H4: one group of columns a tier. */
function tierChart(tiers: number): SheetChart {
  const column = (name: string, values: string) => ({
    name,
    values: columnCells(values, FIRST_TIER_ROW, tiers),
    categories: columnCells("H", FIRST_TIER_ROW, tiers),
  });
  return {
    name: TIER_CHART,
    kind: "clusteredColumn",
    title: "Coverage by tier (share of each tier's clients)",
    series: [
      column("Contacted within cadence", "I"),
      column("Overdue, contacted before", "J"),
      column("Never contacted", "K"),
    ],
    placement: "M4:T20",
  };
}

/** Over the filled Pareto rows only (the blanked ones below would draw as empty bars). */
function paretoChart(first: number, points: number): SheetChart {
  const categories = columnCells("A", first, points);
  return {
    name: PARETO_CHART,
    kind: "columnAndLine",
    title: "Revenue concentration (Pareto)",
    series: [
      { name: "Revenue", values: columnCells("B", first, points), categories },
      { name: "Cumulative share", values: columnCells("C", first, points), categories, line: true },
    ],
    placement: `E${first - 1}:L${first + 18}`,
  };
}

/** The by-advisor table, to the right of the charts' data: owner × tier. */
export const OWNER_COLUMN = "M";

export function coverageLayout(
  result: Coverage,
  pareto: readonly ParetoPoint[],
  asOf: DaySerial,
  previousParetoRows = 0,
  byOwner: readonly OwnerCoverage[] = [],
  previousOwnerRows = 0
) {
  const ownerRows: Cell[][] = ownerCoverageRows(byOwner).map((r) => [
    r[0] || "(no owner)",
    r[1],
    r[2],
    r[3] ?? "",
    r[4],
    r[5],
  ]);
  for (let i = ownerRows.length; i < previousOwnerRows; i++)
    ownerRows.push(["", "", "", "", "", ""]);
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
      { at: `A${FIRST_TIER_ROW}`, values: tierRows, formats: ["@", "0", "0%", "0", "0", "0"] },
      {
        at: "H4",
        values: [["Tier", "Within cadence", "Overdue, contacted before", "Never contacted"]],
        bold: true,
      },
      {
        at: `H${FIRST_TIER_ROW}`,
        values: result.tiers.map(tierShares),
        formats: ["@", "0%", "0%", "0%"],
      },
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
      {
        at: `${OWNER_COLUMN}4`,
        values: [
          ["Advisor", "Tier", "Clients", "Contacted within cadence", "Overdue", "Never contacted"],
        ],
        bold: true,
      },
      ...(ownerRows.length > 0
        ? [
            {
              at: `${OWNER_COLUMN}${FIRST_TIER_ROW}`,
              values: ownerRows,
              formats: ["@", "@", "0", "0%", "0", "0"],
            },
          ]
        : []),
      { at: `A${first - 1}`, values: [["Client", "Revenue", "Cumulative share"]], bold: true },
      ...(paretoRows.length > 0
        ? [{ at: `A${first}`, values: paretoRows, formats: ["@", "#,##0", "0%"] }]
        : []),
    ],
    names: [],
    columnWidths: [44, 12, 24, 10, 16, 26, 4, 8, 16, 24, 16, 4, 20, 6, 8, 24, 10, 16],
    freezeRows: 2,
    printArea: `A1:F${first + Math.max(shown.length, 1) - 1}`,
    printOnePageWide: true,
    charts: [
      // Excel makes a chart's first series from its values: they must hold a number.
      ...(result.tiers.some((t) => t.clients > 0) ? [tierChart(tierRows.length)] : []),
      ...(shown.length > 0 ? [paretoChart(first, shown.length)] : []),
    ],
  };
}
