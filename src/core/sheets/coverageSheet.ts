/**
 * The Coverage dashboard: the figures a manager looks for first (each tier's share contacted within
 * cadence, clients unheard for a year, the proactive share of contact) on top; per tier and per
 * advisor below them as banded tables, with data bars and the "bad" look on what needs attention;
 * and two native charts, the Pareto chart (revenue bars, the running share as a line on its own
 * axis) and coverage by tier. The data the charts draw, a row per client for the Pareto, is on a
 * hidden helper sheet ("Coverage data"), so the dashboard prints on a page or two. Both sheets are
 * rewritten whole on every refresh: nothing on them is the user's.
 */
import type { Cell } from "../cells/cells";
import type { Coverage, ParetoPoint, TierCoverage } from "../reviews/coverage";
import { ownerCoverageRows, type OwnerCoverage } from "../reviews/coverageByOwner";
import { dateText } from "../today/reasonText";
import type { DaySerial } from "../dates/serial";
import { columnCells, type SheetChart } from "./sheetChart";
import type { SheetBlock, SheetHighlight, SheetLayout } from "./sheetLayout";
import { NUMBER_FORMAT } from "./sheetLook";

export const COVERAGE_SHEET = "Coverage";
/** The helper sheet holding the charts' data: hidden, and rewritten with the dashboard. */
export const COVERAGE_DATA_SHEET = "Coverage data";
/** Rows kept for the Pareto data, so a refresh with fewer clients leaves no stale rows behind. */
export const PARETO_ROWS = 1000;
export const PARETO_CHART = "RH_Pareto";
export const TIER_CHART = "RH_CoverageByTier";
export const TIER_TABLE = "RH_CoverageByTier";
export const OWNER_TABLE = "RH_CoverageByAdvisor";
/** Tiers the dashboard has room for (the settings have three, a firm perhaps five). */
export const MAX_TIERS = 5;
/** A tier contacted within cadence for less than this share of its clients is marked. */
export const WITHIN_CADENCE_TARGET = 0.8;

/** Rows (1-based) of the dashboard's parts, fixed so the tables keep their header rows. */
export const COVERAGE_ROWS = {
  kpis: 4,
  tiers: 8,
  summary: 16,
  owners: 20,
} as const;
/** The first data row on the helper sheet (Pareto in A:C, tier shares in F:I). */
const DATA_FIRST_ROW = 4;

const quoted = `'${COVERAGE_DATA_SHEET}'`;
const onData = (cells: string) => `${quoted}!${cells}`;

/** Each tier's clients (by household: households) split three ways, as shares: the tier chart's columns. */
function tierShares(t: TierCoverage): Cell[] {
  if (t.units === 0) return [t.tier, "", "", ""];
  const contactedLate = t.overdue - t.neverContacted;
  return [t.tier, t.withinCadence / t.units, contactedLate / t.units, t.neverContacted / t.units];
}

/** "By tier", and by household what is counted: "By tier: 120 households (205 clients)". */
function tierTitle(result: Coverage): string {
  if (!result.byHousehold) return "By tier";
  const households = result.tiers.reduce((n, t) => n + t.units, 0);
  const clients = result.tiers.reduce((n, t) => n + t.clients, 0);
  return `By tier: ${households} households (${clients} clients); a family counts once`;
}

function tierChart(tiers: number, placement: string, byHousehold: boolean): SheetChart {
  const column = (name: string, values: string) => ({
    name,
    values: onData(columnCells(values, DATA_FIRST_ROW, tiers)),
    categories: onData(columnCells("F", DATA_FIRST_ROW, tiers)),
  });
  return {
    name: TIER_CHART,
    kind: "clusteredColumn",
    title: `Coverage by tier (share of each tier's ${byHousehold ? "households" : "clients"})`,
    series: [
      column("Contacted within cadence", "G"),
      column("Overdue, contacted before", "H"),
      column("Never contacted", "I"),
    ],
    placement,
  };
}

/** Over the filled Pareto rows only (the blanked ones below would draw as empty bars). */
function paretoChart(points: number, placement: string): SheetChart {
  const categories = onData(columnCells("A", DATA_FIRST_ROW, points));
  return {
    name: PARETO_CHART,
    kind: "columnAndLine",
    title: "Revenue concentration (Pareto)",
    series: [
      { name: "Revenue", values: onData(columnCells("B", DATA_FIRST_ROW, points)), categories },
      {
        name: "Cumulative share",
        values: onData(columnCells("C", DATA_FIRST_ROW, points)),
        categories,
        line: true,
      },
    ],
    placement,
  };
}

/** The helper sheet: the Pareto data (a row per client, largest first) and the tier shares. */
export function coverageDataLayout(
  result: Coverage,
  pareto: readonly ParetoPoint[],
  previousParetoRows = 0
): SheetLayout {
  const shown = pareto.slice(0, PARETO_ROWS);
  const paretoRows: Cell[][] = shown.map((p) => [p.label, p.value, p.cumulativeShare]);
  // Blank out what an earlier, longer refresh wrote below.
  for (let i = shown.length; i < Math.max(previousParetoRows, 0); i++)
    paretoRows.push(["", "", ""]);
  const shares = result.tiers.slice(0, MAX_TIERS).map(tierShares);
  while (shares.length < MAX_TIERS) shares.push(["", "", "", ""]);
  return {
    sheet: COVERAGE_DATA_SHEET,
    blocks: [
      {
        at: "A1",
        values: [["The data behind the Coverage sheet's charts, rewritten on every refresh."]],
        look: "note",
      },
      {
        at: "A3",
        values: [["Client", "Revenue", "Cumulative share"]],
        look: "heading",
        bold: true,
      },
      ...(paretoRows.length > 0
        ? [
            {
              at: `A${DATA_FIRST_ROW}`,
              values: paretoRows,
              formats: ["@", NUMBER_FORMAT.money, NUMBER_FORMAT.percent],
            },
          ]
        : []),
      {
        at: "F3",
        values: [["Tier", "Within cadence", "Overdue, contacted before", "Never contacted"]],
        look: "heading",
        bold: true,
      },
      { at: `F${DATA_FIRST_ROW}`, values: shares, formats: ["@", "0%", "0%", "0%"] },
    ],
    names: [],
    columnWidths: [30, 12, 16, 4, 4, 8, 14, 24, 16],
    hidden: true,
  };
}

/** What the first refresh of a sheet of the earlier layout must blank: all its rows, A to R. */
function clearBlock(rows: number): SheetBlock {
  return {
    at: "A3",
    values: Array.from({ length: rows }, () => new Array<Cell>(18).fill("")),
  };
}

function kpiBlocks(result: Coverage): { blocks: SheetBlock[]; highlights: SheetHighlight[] } {
  const tiers = result.tiers.slice(0, 4);
  const unheard = result.tiers.reduce((n, t) => n + t.unheardForAYear, 0);
  const labels = [
    ...tiers.map((t) => `Tier ${t.tier} within cadence`),
    result.byHousehold ? "Households not heard from in 12 months" : "Not heard from in 12 months",
    "Proactive share of contact",
  ];
  const row = COVERAGE_ROWS.kpis;
  return {
    blocks: [
      { at: `A${row}`, values: [["At a glance"]], look: "section" },
      {
        at: `A${row + 1}`,
        values: [labels],
        look: "heading",
        bold: true,
        wrap: true,
        rowHeight: 30,
      },
      // The figures in the title's size: what the eye should find first.
      {
        at: `A${row + 2}`,
        values: [[...tiers.map((t) => t.share ?? ""), unheard, result.proactiveShare ?? ""]],
        formats: [...tiers.map(() => NUMBER_FORMAT.percent), NUMBER_FORMAT.count, "0%"],
        look: "title",
      },
    ],
    highlights: [
      ...(tiers.length > 0
        ? [
            {
              range: `A${row + 2}:${String.fromCharCode(65 + tiers.length - 1)}${row + 2}`,
              kind: "under" as const,
              value: WITHIN_CADENCE_TARGET,
              look: "bad" as const,
            },
          ]
        : []),
      {
        range: `${String.fromCharCode(65 + tiers.length)}${row + 2}`,
        kind: "over",
        value: 0,
        look: "bad",
      },
    ],
  };
}

function tierBlocks(result: Coverage): { blocks: SheetBlock[]; highlights: SheetHighlight[] } {
  const tiers = result.tiers.slice(0, MAX_TIERS);
  const head = COVERAGE_ROWS.tiers + 1;
  const first = head + 1;
  const last = first + Math.max(tiers.length, 1) - 1;
  const rows: Cell[][] = tiers.map((t) => [
    t.tier,
    t.units,
    t.share ?? "",
    t.overdue,
    t.neverContacted,
    t.unheardForAYear,
  ]);
  return {
    blocks: [
      { at: `A${COVERAGE_ROWS.tiers}`, values: [[tierTitle(result)]], look: "section" },
      {
        at: `A${head}`,
        values: [
          [
            "Tier",
            result.byHousehold ? "Households" : "Clients",
            "Within cadence",
            "Overdue",
            "Never contacted",
            "Not heard from in 12 months",
          ],
          ...(rows.length > 0 ? rows : [["", "", "", "", "", ""]]),
        ],
        formats: ["@", "0", "0%", "0", "0", "0"],
        table: { name: TIER_TABLE, style: "TableStyleLight9" },
      },
      {
        at: `A${COVERAGE_ROWS.summary}`,
        values: [
          ["Clients with no known tier", result.untiered],
          ["Proactive contacts, 12 months", result.proactive],
          ["Inbound contacts, 12 months", result.inbound],
        ],
        formats: ["@", NUMBER_FORMAT.count],
      },
    ],
    highlights: [
      { range: `C${first}:C${last}`, kind: "dataBar" },
      { range: `D${first}:F${last}`, kind: "over", value: 0, look: "bad" },
    ],
  };
}

function ownerBlocks(
  byOwner: readonly OwnerCoverage[],
  byHousehold: boolean
): {
  blocks: SheetBlock[];
  highlights: SheetHighlight[];
  last: number;
} {
  const rows: Cell[][] = ownerCoverageRows(byOwner).map((r) => [
    r[0] || "(no owner)",
    r[1],
    r[2],
    r[3] ?? "",
    r[4],
    r[5],
  ]);
  const head = COVERAGE_ROWS.owners + 1;
  const first = head + 1;
  const last = first + Math.max(rows.length, 1) - 1;
  return {
    blocks: [
      { at: `A${COVERAGE_ROWS.owners}`, values: [["By advisor"]], look: "section" },
      {
        at: `A${head}`,
        values: [
          [
            "Advisor",
            "Tier",
            byHousehold ? "Households" : "Clients",
            "Within cadence",
            "Overdue",
            "Never contacted",
          ],
          ...(rows.length > 0 ? rows : [["", "", "", "", "", ""]]),
        ],
        formats: ["@", "@", "0", "0%", "0", "0"],
        table: { name: OWNER_TABLE, style: "TableStyleLight9" },
      },
    ],
    highlights: [
      { range: `D${first}:D${last}`, kind: "dataBar" },
      { range: `E${first}:F${last}`, kind: "over", value: 0, look: "bad" },
    ],
    last,
  };
}

/**
 * The dashboard. `previousParetoRows` and `previousOwnerRows` are what the last refresh wrote: the
 * rows below are blanked (an earlier layout kept the Pareto data on this sheet).
 */
export function coverageLayout(
  result: Coverage,
  pareto: readonly ParetoPoint[],
  asOf: DaySerial,
  previousParetoRows = 0,
  byOwner: readonly OwnerCoverage[] = [],
  previousOwnerRows = 0
): SheetLayout & { charts: readonly SheetChart[] } {
  const kpis = kpiBlocks(result);
  const tiers = tierBlocks(result);
  const owners = ownerBlocks(byOwner, result.byHousehold);
  const chartTop = owners.last + 2;
  const chartEnd = chartTop + 17;
  const shown = Math.min(pareto.length, PARETO_ROWS);
  const clearRows = Math.max(
    chartEnd,
    COVERAGE_ROWS.owners + previousOwnerRows + 20,
    13 + previousParetoRows + MAX_TIERS
  );
  return {
    sheet: COVERAGE_SHEET,
    blocks: [
      clearBlock(clearRows - 2),
      { at: "A1", values: [[`Coverage of the book, ${dateText(asOf)}`]], look: "title" },
      {
        at: "A2",
        values: [["Refreshed from the pane; anything typed here is replaced on the next refresh."]],
        look: "note",
      },
      ...kpis.blocks,
      ...tiers.blocks,
      ...owners.blocks,
    ],
    names: [],
    columnWidths: [30, 14, 14, 14, 16, 28],
    freezeRows: 2,
    printArea: `A1:F${chartEnd}`,
    printOnePageWide: true,
    highlights: [...kpis.highlights, ...tiers.highlights, ...owners.highlights],
    charts: [
      // Excel makes a chart's first series from its values: they must hold a number.
      ...(result.tiers.some((t) => t.clients > 0)
        ? [
            tierChart(
              Math.min(result.tiers.length, MAX_TIERS),
              `A${chartTop}:C${chartEnd}`,
              result.byHousehold
            ),
          ]
        : []),
      ...(shown > 0 ? [paretoChart(shown, `D${chartTop}:F${chartEnd}`)] : []),
    ],
  };
}
