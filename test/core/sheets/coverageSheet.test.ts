import { DEFAULT_CADENCE } from "../../../src/core/rotation/cadence";
import { coverage, paretoSeries } from "../../../src/core/reviews/coverage";
import {
  COVERAGE_DATA_SHEET,
  COVERAGE_ROWS,
  PARETO_CHART,
  PARETO_ROWS,
  TIER_CHART,
  TIER_TABLE,
  WITHIN_CADENCE_TARGET,
  coverageDataLayout,
  coverageLayout,
} from "../../../src/core/sheets/coverageSheet";
import { STANDARD_CALENDAR } from "../../../src/core/dates/workdays";
import { AS_OF, ROWS, d } from "../../fixtures/smallBook";
import { cellsAt, columnAt } from "./layoutCells";

// Tier A: one within cadence, two overdue (one of them never contacted); B: one within; C: none.
const result = coverage(
  [
    { tier: "A", lastContact: d("2026-10-01") },
    { tier: "A", lastContact: d("2026-08-03") },
    { tier: "A", lastContact: null },
    { tier: "A", lastContact: d("2026-10-02") },
    { tier: "B", lastContact: d("2026-07-01") },
  ],
  DEFAULT_CADENCE,
  STANDARD_CALENDAR,
  AS_OF
);
// The small book's seven clients by revenue, 48,000 (Ames) down to 1,500 (Gray).
const pareto = paretoSeries(ROWS.map((r) => ({ label: String(r[1]), value: Number(r[3]) })));

const DATA = "'Coverage data'";

function chart(layout: ReturnType<typeof coverageLayout>, name: string) {
  const found = layout.charts.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no chart ${name}`);
  return found;
}

describe("the Coverage sheet's charts", () => {
  test("the Pareto chart: revenue bars largest first from the hidden data sheet, the running share a line", () => {
    const layout = coverageLayout(result, pareto, AS_OF);
    const data = coverageDataLayout(result, pareto);
    const drawn = chart(layout, PARETO_CHART);

    expect(data).toMatchObject({ sheet: COVERAGE_DATA_SHEET, hidden: true });
    expect(drawn).toMatchObject({
      name: PARETO_CHART,
      kind: "columnAndLine",
      title: "Revenue concentration (Pareto)",
      series: [
        { name: "Revenue", values: `${DATA}!B4:B10`, categories: `${DATA}!A4:A10` },
        {
          name: "Cumulative share",
          values: `${DATA}!C4:C10`,
          categories: `${DATA}!A4:A10`,
          line: true,
        },
      ],
    });
    expect(columnAt(data.blocks, "A4:A10")).toEqual([
      "Ames",
      "Baker",
      "Chen",
      "Dutta",
      "Evans",
      "Fox",
      "Gray",
    ]);
    expect(columnAt(data.blocks, "B4:B10")).toEqual([48000, 21000, 9000, 4000, 3000, 2500, 1500]);
    const shares = columnAt(data.blocks, "C4:C10") as number[];
    expect(shares[0]).toBeCloseTo(48000 / 89000);
    expect(shares.at(-1)).toBe(1);
    // No client's row is on the dashboard itself.
    expect(layout.blocks.some((b) => b.values.some((r) => r.includes("Gray")))).toBe(false);
  });

  test("after a longer refresh the blanked rows below are written but not charted", () => {
    const layout = coverageLayout(result, pareto, AS_OF, 40);
    const data = coverageDataLayout(result, pareto, 40);

    expect(chart(layout, PARETO_CHART).series.map((s) => s.values)).toEqual([
      `${DATA}!B4:B10`,
      `${DATA}!C4:C10`,
    ]);
    expect(columnAt(data.blocks, "B11:B43").every((v) => v === "")).toBe(true);
  });

  test("a huge book is cut at the kept rows; the charts sit under the advisor table", () => {
    const big = paretoSeries(
      Array.from({ length: PARETO_ROWS + 200 }, (_, i) => ({ label: `C${i}`, value: i + 1 }))
    );
    const cut = chart(coverageLayout(result, big, AS_OF), PARETO_CHART);
    expect(cut.series[1].values).toBe(`${DATA}!C4:C${4 + PARETO_ROWS - 1}`);
    const layout = coverageLayout(result, pareto, AS_OF);
    // No advisor rows: the table's one blank row at 22, the charts from row 24.
    expect(chart(layout, TIER_CHART).placement).toBe("A24:C41");
    expect(chart(layout, PARETO_CHART).placement).toBe("D24:F41");
    expect(layout.printArea).toBe("A1:F41");
  });

  test("coverage by tier: clustered columns of three shares that add up to each tier's clients", () => {
    const layout = coverageLayout(result, pareto, AS_OF);
    const data = coverageDataLayout(result, pareto);
    const tiers = chart(layout, TIER_CHART);

    expect(tiers.kind).toBe("clusteredColumn");
    expect(tiers.series).toEqual([
      { name: "Contacted within cadence", values: `${DATA}!G4:G6`, categories: `${DATA}!F4:F6` },
      { name: "Overdue, contacted before", values: `${DATA}!H4:H6`, categories: `${DATA}!F4:F6` },
      { name: "Never contacted", values: `${DATA}!I4:I6`, categories: `${DATA}!F4:F6` },
    ]);
    expect(columnAt(data.blocks, "F4:F6")).toEqual(["A", "B", "C"]);
    // A: 2 of 4 within cadence, 1 overdue though contacted, 1 never; B: its one client within;
    // C has no clients, so no shares (blank, not 0%).
    expect(columnAt(data.blocks, "G4:G6")).toEqual([0.5, 1, ""]);
    expect(columnAt(data.blocks, "H4:H6")).toEqual([0.25, 0, ""]);
    expect(columnAt(data.blocks, "I4:I6")).toEqual([0.25, 0, ""]);
  });

  test("no chart over nothing: no Pareto chart without revenue, no tier chart without tiered clients", () => {
    const empty = result.tiers.map((t) => ({
      ...t,
      clients: 0,
      withinCadence: 0,
      overdue: 0,
      neverContacted: 0,
      share: null,
    }));
    const names = (layout: ReturnType<typeof coverageLayout>) => layout.charts.map((c) => c.name);

    expect(names(coverageLayout(result, [], AS_OF))).toEqual([TIER_CHART]);
    expect(names(coverageLayout({ ...result, tiers: [] }, pareto, AS_OF))).toEqual([PARETO_CHART]);
    expect(names(coverageLayout({ ...result, tiers: empty }, pareto, AS_OF))).toEqual([
      PARETO_CHART,
    ]);
  });
});

describe("the Coverage dashboard", () => {
  test("KPI figures on top: each tier within cadence, unheard for a year, the proactive share", () => {
    const layout = coverageLayout(result, pareto, AS_OF);
    const row = COVERAGE_ROWS.kpis + 2;
    expect(cellsAt(layout.blocks, `A${row - 1}:E${row}`)).toEqual([
      [
        "Tier A within cadence",
        "Tier B within cadence",
        "Tier C within cadence",
        "Not heard from in 12 months",
        "Proactive share of contact",
      ],
      [0.5, 1, "", result.tiers.reduce((n, t) => n + t.unheardForAYear, 0), ""],
    ]);
    // What needs attention: tier shares under the target and anyone unheard, in the "bad" look.
    expect(layout.highlights).toEqual(
      expect.arrayContaining([
        { range: `A${row}:C${row}`, kind: "under", value: WITHIN_CADENCE_TARGET, look: "bad" },
        { range: `D${row}`, kind: "over", value: 0, look: "bad" },
        { range: "C10:C12", kind: "dataBar" },
      ])
    );
  });

  test("per tier a banded table; its figures as numbers", () => {
    const layout = coverageLayout(result, pareto, AS_OF);
    const table = layout.blocks.find((b) => b.table?.name === TIER_TABLE)!;
    expect(table.at).toBe(`A${COVERAGE_ROWS.tiers + 1}`);
    expect(table.values.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ["A", 4, 0.5],
      ["B", 1, 1],
      ["C", 0, ""],
    ]);
  });
});
