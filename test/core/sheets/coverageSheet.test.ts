import { DEFAULT_CADENCE } from "../../../src/core/rotation/cadence";
import { coverage, paretoSeries } from "../../../src/core/reviews/coverage";
import {
  PARETO_CHART,
  PARETO_ROWS,
  TIER_CHART,
  coverageLayout,
} from "../../../src/core/sheets/coverageSheet";
import { STANDARD_CALENDAR } from "../../../src/core/dates/workdays";
import { AS_OF, ROWS, d } from "../../fixtures/smallBook";
import { columnAt } from "./layoutCells";

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

function chart(layout: ReturnType<typeof coverageLayout>, name: string) {
  const found = layout.charts.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no chart ${name}`);
  return found;
}

describe("the Coverage sheet's charts", () => {
  test("the Pareto chart: revenue bars largest first over the filled rows, the running share a line", () => {
    const layout = coverageLayout(result, pareto, AS_OF);
    const drawn = chart(layout, PARETO_CHART);

    // Three tiers put the Pareto header on row 15 and the first client on row 16.
    expect(drawn).toEqual({
      name: PARETO_CHART,
      kind: "columnAndLine",
      title: "Revenue concentration (Pareto)",
      series: [
        { name: "Revenue", values: "B16:B22", categories: "A16:A22" },
        { name: "Cumulative share", values: "C16:C22", categories: "A16:A22", line: true },
      ],
      placement: "E15:L34",
    });
    expect(columnAt(layout.blocks, "A16:A22")).toEqual([
      "Ames",
      "Baker",
      "Chen",
      "Dutta",
      "Evans",
      "Fox",
      "Gray",
    ]);
    expect(columnAt(layout.blocks, "B16:B22")).toEqual([
      48000, 21000, 9000, 4000, 3000, 2500, 1500,
    ]);
    const shares = columnAt(layout.blocks, "C16:C22") as number[];
    expect(shares[0]).toBeCloseTo(48000 / 89000);
    expect(shares.at(-1)).toBe(1);
  });

  test("after a longer refresh the blanked rows below are written but not charted", () => {
    const layout = coverageLayout(result, pareto, AS_OF, 40);

    expect(chart(layout, PARETO_CHART).series.map((s) => s.values)).toEqual(["B16:B22", "C16:C22"]);
    expect(columnAt(layout.blocks, "B23:B55").every((v) => v === "")).toBe(true);
  });

  test("the chart follows the book's size: more tiers move it down, a huge book is cut at the kept rows", () => {
    const more = result.tiers.slice(0, 2).map((t, i) => ({ ...t, tier: "DE"[i] }));
    const fiveTiers = { ...result, tiers: [...result.tiers, ...more] };
    const big = paretoSeries(
      Array.from({ length: PARETO_ROWS + 200 }, (_, i) => ({ label: `C${i}`, value: i + 1 }))
    );

    const moved = chart(coverageLayout(fiveTiers, pareto, AS_OF), PARETO_CHART);
    const cut = chart(coverageLayout(result, big, AS_OF), PARETO_CHART);

    expect(moved.series[0]).toEqual({ name: "Revenue", values: "B18:B24", categories: "A18:A24" });
    expect(moved.placement).toBe("E17:L36");
    expect(cut.series[1].values).toBe(`C16:C${16 + PARETO_ROWS - 1}`);
  });

  test("coverage by tier: clustered columns of three shares that add up to each tier's clients", () => {
    const layout = coverageLayout(result, pareto, AS_OF);
    const tiers = chart(layout, TIER_CHART);

    expect(tiers.kind).toBe("clusteredColumn");
    expect(tiers.series).toEqual([
      { name: "Contacted within cadence", values: "I5:I7", categories: "H5:H7" },
      { name: "Overdue, contacted before", values: "J5:J7", categories: "H5:H7" },
      { name: "Never contacted", values: "K5:K7", categories: "H5:H7" },
    ]);
    expect(tiers.placement).toBe("M4:T20");
    expect(columnAt(layout.blocks, "H5:H7")).toEqual(["A", "B", "C"]);
    // A: 2 of 4 within cadence, 1 overdue though contacted, 1 never; B: its one client within;
    // C has no clients, so no shares (blank, not 0%).
    expect(columnAt(layout.blocks, "I5:I7")).toEqual([0.5, 1, ""]);
    expect(columnAt(layout.blocks, "J5:J7")).toEqual([0.25, 0, ""]);
    expect(columnAt(layout.blocks, "K5:K7")).toEqual([0.25, 0, ""]);
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
