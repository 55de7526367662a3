/**
 * The add-in's native charts through the Office.js adapter, on the fake context: drawn from the
 * core's Coverage layout, replaced by name on refresh, the user's own charts left alone, and no
 * more syncs however many charts there are.
 */
import { DEFAULT_CADENCE } from "../../../src/core/rotation/cadence";
import { coverage, paretoSeries } from "../../../src/core/reviews/coverage";
import {
  COVERAGE_SHEET,
  PARETO_CHART,
  TIER_CHART,
  coverageDataLayout,
  coverageLayout,
} from "../../../src/core/sheets/coverageSheet";
import type { SheetChart } from "../../../src/core/sheets/sheetChart";
import { STANDARD_CALENDAR } from "../../../src/core/dates/workdays";
import { ExcelWorkbook } from "../../../src/workbook/office/excelWorkbook";
import type { SheetLayout } from "../../../src/workbook/workbookPort";
import { AS_OF, ROWS } from "../../fixtures/smallBook";
import { FakeExcel } from "./fakeExcel";
import type { FakeChart } from "./fakeModel";

function officeBook(excelApiMinor = 17) {
  const excel = new FakeExcel();
  excel.excelApiMinor = excelApiMinor;
  return { excel, workbook: new ExcelWorkbook(excel.run, { excelApi: excel.supports }) };
}

/** The Coverage sheet of the small book, or of its first `clients` clients; its data sheet. */
function coverageSheets(clients = ROWS.length): { data: SheetLayout; dashboard: SheetLayout } {
  const rows = ROWS.slice(0, clients);
  const result = coverage(
    rows.map((r) => ({
      tier: Number(r[3]) > 10000 ? "A" : "B",
      lastContact: Number(r[6]) || null,
    })),
    DEFAULT_CADENCE,
    STANDARD_CALENDAR,
    AS_OF
  );
  const pareto = paretoSeries(rows.map((r) => ({ label: String(r[1]), value: Number(r[3]) })));
  return {
    data: coverageDataLayout(result, pareto),
    dashboard: coverageLayout(result, pareto, AS_OF),
  };
}

/** The data sheet, then the dashboard whose charts draw from it; the syncs counted from there. */
async function writeCoverage(excel: FakeExcel, workbook: ExcelWorkbook, clients = ROWS.length) {
  const { data, dashboard } = coverageSheets(clients);
  // A workbook always has a sheet, the one Excel shows: the helper sheet is never the only one.
  if (excel.model.sheets.length === 0) excel.model.addSheet("Clients");
  await workbook.writeSheet(data);
  excel.syncs = 0;
  await workbook.writeSheet(dashboard);
}

const DATA = "Coverage data";

function chartsOf(excel: FakeExcel): FakeChart[] {
  return excel.model.sheet(COVERAGE_SHEET)!.charts;
}

/** What a chart shows, apart from the sheet it sits on. */
function drawing(chart: FakeChart) {
  const { name, type, title, titleVisible, position } = chart;
  return { name, type, title, titleVisible, position, series: chart.series.map((s) => ({ ...s })) };
}

function named(excel: FakeExcel, name: string): FakeChart {
  const found = chartsOf(excel).filter((c) => c.name === name);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("writeSheet: the add-in's charts", () => {
  test("the Pareto chart: revenue columns and the cumulative share as a line on the secondary axis", async () => {
    const { excel, workbook } = officeBook();

    await writeCoverage(excel, workbook);

    expect(excel.syncs).toBe(2);
    const pareto = named(excel, PARETO_CHART);
    expect(pareto.type).toBe("ColumnClustered");
    expect([pareto.title, pareto.titleVisible]).toEqual(["Revenue concentration (Pareto)", true]);
    expect(pareto.series).toEqual([
      {
        name: "Revenue",
        values: `${DATA}!B4:B10`,
        categories: `${DATA}!A4:A10`,
        chartType: "ColumnClustered",
        axisGroup: "Primary",
      },
      {
        name: "Cumulative share",
        values: `${DATA}!C4:C10`,
        categories: `${DATA}!A4:A10`,
        chartType: "Line",
        axisGroup: "Secondary",
      },
    ]);
    expect(pareto.position?.start).toMatch(/^D\d+$/);
    const sheet = excel.model.sheet(DATA)!;
    expect([sheet.cell(3, 0).value, sheet.cell(3, 1).value]).toEqual(["Ames", 48000]);
    expect(sheet.visibility).toBe("Hidden");
  });

  test("coverage by tier: three clustered series over the tier shares", async () => {
    const { excel, workbook } = officeBook();

    await writeCoverage(excel, workbook);

    const tiers = named(excel, TIER_CHART);
    expect(tiers.type).toBe("ColumnClustered");
    expect(tiers.series.map((s) => [s.name, s.values, s.categories, s.axisGroup])).toEqual([
      ["Contacted within cadence", `${DATA}!G4:G6`, `${DATA}!F4:F6`, "Primary"],
      ["Overdue, contacted before", `${DATA}!H4:H6`, `${DATA}!F4:F6`, "Primary"],
      ["Never contacted", `${DATA}!I4:I6`, `${DATA}!F4:F6`, "Primary"],
    ]);
    expect(tiers.position?.start).toMatch(/^A\d+$/);
  });

  test("a refresh replaces the add-in's charts, in three syncs, and leaves the user's chart alone", async () => {
    const { excel, workbook } = officeBook();
    await writeCoverage(excel, workbook);
    await excel.run(async (context) => {
      // The user charts two of the tier rows for themselves.
      const sheet = context.workbook.worksheets.getItem(COVERAGE_SHEET);
      const mine = sheet.charts.add("Line", sheet.getRange("B10:B11"), "Columns");
      mine.name = "My top two";
      await context.sync();
    });
    const users = named(excel, "My top two");
    const before = drawing(users);
    await writeCoverage(excel, workbook, 3);

    expect(excel.syncs).toBe(3);
    expect(
      chartsOf(excel)
        .map((c) => c.name)
        .sort()
    ).toEqual(["My top two", PARETO_CHART, TIER_CHART].sort());
    expect(named(excel, PARETO_CHART).series.map((s) => s.values)).toEqual([
      `${DATA}!B4:B6`,
      `${DATA}!C4:C6`,
    ]);
    expect(named(excel, "My top two")).toBe(users);
    expect(drawing(users)).toEqual(before);
    expect(before.series).toEqual([
      {
        name: "Series1",
        values: "B10:B11",
        categories: null,
        chartType: "Line",
        axisGroup: "Primary",
      },
    ]);
  });

  test.each([
    [0, 1],
    [12, 5000],
  ])(
    "%i charts over %i rows: 2 syncs for a new sheet, 3 for an existing one",
    async (charts, rows) => {
      const { excel, workbook } = officeBook();
      const spec = (i: number): SheetChart => ({
        name: `RH_Test${i}`,
        kind: i % 2 === 0 ? "clusteredColumn" : "line",
        title: `Chart ${i}`,
        series: [{ name: "Values", values: `B1:B${rows}`, categories: `A1:A${rows}` }],
      });
      const layout: SheetLayout = {
        sheet: "Many",
        blocks: [{ at: "A1", values: Array.from({ length: rows }, (_, r) => [`row ${r}`, r]) }],
        names: [],
        printArea: `A1:B${rows}`,
        charts: Array.from({ length: charts }, (_, i) => spec(i)),
      };

      await workbook.writeSheet(layout);
      const created = excel.syncs;
      excel.syncs = 0;
      await workbook.writeSheet(layout);

      expect([created, excel.syncs]).toEqual([2, 3]);
      expect(excel.model.sheet("Many")!.charts).toHaveLength(charts);
    }
  );

  test("Excel without ExcelApi 1.8 gets the line on the columns' axis rather than a failed write", async () => {
    const old = officeBook(7);

    await writeCoverage(old.excel, old.workbook);

    const line = named(old.excel, PARETO_CHART).series[1];
    expect([line.chartType, line.axisGroup]).toEqual(["Line", "Primary"]);
    expect(old.excel.model.sheet(DATA)!.cell(3, 0).value).toBe("Ames");

    // Asking such a host for the secondary axis anyway fails the whole write: why the adapter asks.
    const told = new FakeExcel();
    told.excelApiMinor = 7;
    const unaware = new ExcelWorkbook(told.run, { excelApi: () => true });
    const { data, dashboard } = coverageSheets();
    told.model.addSheet("Clients");
    await unaware.writeSheet(data);
    // (Printing one page wide, from 1.9, is left out here so that the axis alone is asked for.)
    await expect(unaware.writeSheet({ ...dashboard, printOnePageWide: false })).rejects.toThrow(
      "ExcelApi 1.8"
    );
  });

  test("the fake finds the charts by name, ignoring case, as Office.js does", async () => {
    const { excel, workbook } = officeBook();
    await writeCoverage(excel, workbook);

    const found = await excel.run(async (context) => {
      const charts = context.workbook.worksheets.getItem(COVERAGE_SHEET).charts;
      const pareto = charts.getItemOrNullObject(PARETO_CHART.toLowerCase());
      const missing = charts.getItemOrNullObject("Chart 1");
      pareto.load("name");
      charts.load("items/name");
      await context.sync();
      return [pareto.isNullObject, pareto.name, missing.isNullObject, charts.items.length];
    });

    expect(found).toEqual([false, PARETO_CHART, true, 2]);
  });
});
