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

/** The Coverage sheet of the small book, or of its first `clients` clients. */
function coverageSheet(clients = ROWS.length): SheetLayout {
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
  return coverageLayout(result, pareto, AS_OF);
}

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

    await workbook.writeSheet(coverageSheet());

    expect(excel.syncs).toBe(2);
    const pareto = named(excel, PARETO_CHART);
    expect(pareto.type).toBe("ColumnClustered");
    expect([pareto.title, pareto.titleVisible]).toEqual(["Revenue concentration (Pareto)", true]);
    expect(pareto.series).toEqual([
      {
        name: "Revenue",
        values: "B16:B22",
        categories: "A16:A22",
        chartType: "ColumnClustered",
        axisGroup: "Primary",
      },
      {
        name: "Cumulative share",
        values: "C16:C22",
        categories: "A16:A22",
        chartType: "Line",
        axisGroup: "Secondary",
      },
    ]);
    expect(pareto.position).toEqual({ start: "E15", end: "L34" });
    const sheet = excel.model.sheet(COVERAGE_SHEET)!;
    expect([sheet.cell(15, 0).value, sheet.cell(15, 1).value]).toEqual(["Ames", 48000]);
  });

  test("coverage by tier: three clustered series over the tier shares", async () => {
    const { excel, workbook } = officeBook();

    await workbook.writeSheet(coverageSheet());

    const tiers = named(excel, TIER_CHART);
    expect(tiers.type).toBe("ColumnClustered");
    expect(tiers.series.map((s) => [s.name, s.values, s.categories, s.axisGroup])).toEqual([
      ["Contacted within cadence", "I5:I7", "H5:H7", "Primary"],
      ["Overdue, contacted before", "J5:J7", "H5:H7", "Primary"],
      ["Never contacted", "K5:K7", "H5:H7", "Primary"],
    ]);
    expect(tiers.position).toEqual({ start: "M4", end: "T20" });
  });

  test("a refresh replaces the add-in's charts, in three syncs, and leaves the user's chart alone", async () => {
    const { excel, workbook } = officeBook();
    await workbook.writeSheet(coverageSheet());
    await excel.run(async (context) => {
      // The user charts two of the Pareto rows for themselves.
      const sheet = context.workbook.worksheets.getItem(COVERAGE_SHEET);
      const mine = sheet.charts.add("Line", sheet.getRange("B16:B17"), "Columns");
      mine.name = "My top two";
      await context.sync();
    });
    const users = named(excel, "My top two");
    const before = drawing(users);
    excel.syncs = 0;

    await workbook.writeSheet(coverageSheet(3));

    expect(excel.syncs).toBe(3);
    expect(
      chartsOf(excel)
        .map((c) => c.name)
        .sort()
    ).toEqual(["My top two", PARETO_CHART, TIER_CHART].sort());
    expect(named(excel, PARETO_CHART).series.map((s) => s.values)).toEqual(["B16:B18", "C16:C18"]);
    expect(named(excel, "My top two")).toBe(users);
    expect(drawing(users)).toEqual(before);
    expect(before.series).toEqual([
      {
        name: "Series1",
        values: "B16:B17",
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

    await old.workbook.writeSheet(coverageSheet());

    const line = named(old.excel, PARETO_CHART).series[1];
    expect([line.chartType, line.axisGroup]).toEqual(["Line", "Primary"]);
    expect(old.excel.model.sheet(COVERAGE_SHEET)!.cell(15, 0).value).toBe("Ames");

    // Asking such a host for the secondary axis anyway fails the whole write: why the adapter asks.
    const told = new FakeExcel();
    told.excelApiMinor = 7;
    const unaware = new ExcelWorkbook(told.run, { excelApi: () => true });
    // (Printing one page wide, from 1.9, is left out here so that the axis alone is asked for.)
    await expect(
      unaware.writeSheet({ ...coverageSheet(), printOnePageWide: false })
    ).rejects.toThrow("ExcelApi 1.8");
  });

  test("the fake finds the charts by name, ignoring case, as Office.js does", async () => {
    const { excel, workbook } = officeBook();
    await workbook.writeSheet(coverageSheet());

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
