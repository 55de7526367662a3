/**
 * Charts of the fake Excel context (fakeExcel.ts): a sheet's chart collection, a chart and its
 * series; see fakeProxies.ts for the rules. Charts made from a range get a series per column, as
 * Excel's "Columns" makes them. A second chart of a name the sheet already has is refused, so an
 * old chart left behind shows in a test; a call from a requirement set newer than the host's (the
 * secondary axis is ExcelApi 1.8) fails the sync, as it does on an older Excel.
 */
import type { FakeChart, FakeSeries, FakeSheet } from "./fakeModel";
import {
  FakeCollection,
  FakeObject,
  FakeOfficeError,
  localAddress,
  requireApi,
  type Area,
  type FakeRange,
  type Session,
} from "./fakeProxies";

/** The chart types the adapter draws; any other fails loudly. */
const CHART_TYPES = ["ColumnClustered", "Line"];

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** An address as a series shows it: local on the chart's own sheet. */
function addressOn(sheet: FakeSheet, a: Area): string {
  return a.sheet === sheet ? localAddress(a) : `${a.sheet.name}!${localAddress(a)}`;
}

function seriesAddress(chart: FakeChart, range: FakeRange): string {
  return addressOn(chart.sheet, range.target());
}

class FakeSeriesProxy extends FakeObject<FakeSeries> {
  constructor(
    session: Session,
    resolver: () => FakeSeries | null,
    private readonly chart: () => FakeChart
  ) {
    super(session, resolver);
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queue((s) => (s.name = name), name);
  }
  set chartType(type: string) {
    this.queue((s) => {
      if (!CHART_TYPES.includes(type)) throw new Error(`fake: chart type "${type}"`);
      s.chartType = type;
    }, type);
  }
  set axisGroup(group: "Primary" | "Secondary") {
    this.queue((s) => {
      requireApi(this.session, "1.8", "ChartSeries.axisGroup");
      s.axisGroup = group;
    }, group);
  }
  setValues(range: FakeRange): void {
    this.queue((s) => (s.values = seriesAddress(this.chart(), range)), 16);
  }
  setXAxisValues(range: FakeRange): void {
    this.queue((s) => (s.categories = seriesAddress(this.chart(), range)), 16);
  }
  protected override scalar(s: FakeSeries, key: string): unknown {
    if (key === "name") return s.name;
    if (key === "chartType") return s.chartType;
    if (key === "axisGroup") return s.axisGroup;
    return super.scalar(s, key);
  }
}

class FakeSeriesCollection extends FakeCollection<FakeSeries, FakeSeriesProxy> {
  constructor(
    session: Session,
    private readonly chart: () => FakeChart
  ) {
    super(session, () => chart().series);
  }
  getItemAt(index: number): FakeSeriesProxy {
    return this.itemFrom(() => this.chart().series[index] ?? null);
  }
  add(name: string): FakeSeriesProxy {
    let made: FakeSeries | null = null;
    this.session.enqueue(() => {
      const chart = this.chart();
      made = { name, values: "", categories: null, chartType: chart.type, axisGroup: "Primary" };
      chart.series.push(made);
    }, name.length);
    return this.itemFrom(() => made);
  }
  protected itemProxy(series: FakeSeries): FakeSeriesProxy {
    return this.itemFrom(() => series);
  }
  private itemFrom(resolver: () => FakeSeries | null): FakeSeriesProxy {
    return new FakeSeriesProxy(this.session, resolver, this.chart);
  }
}

class FakeChartProxy extends FakeObject<FakeChart> {
  readonly series = new FakeSeriesCollection(this.session, () => this.target());

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queue((chart) => {
      const other = chart.sheet.charts.find((c) => c !== chart && sameName(c.name, name));
      if (other !== undefined)
        throw new FakeOfficeError("InvalidArgument", `a chart named "${name}" exists`);
      chart.name = name;
    }, name);
  }
  get title() {
    const queue = (change: (chart: FakeChart) => void) => this.queue(change, 16);
    return {
      set text(text: string) {
        queue((chart) => (chart.title = text));
      },
      set visible(visible: boolean) {
        queue((chart) => (chart.titleVisible = visible));
      },
    };
  }
  setPosition(start: string, end: string): void {
    this.queue((chart) => (chart.position = { start, end }), start + end);
  }
  delete(): void {
    this.queue((chart) => {
      const at = chart.sheet.charts.indexOf(chart);
      if (at < 0) throw new FakeOfficeError("ItemNotFound", `the chart "${chart.name}" is gone`);
      chart.sheet.charts.splice(at, 1);
    });
  }
  protected override scalar(chart: FakeChart, key: string): unknown {
    return key === "name" ? chart.name : super.scalar(chart, key);
  }
}

export class FakeCharts extends FakeCollection<FakeChart, FakeChartProxy> {
  constructor(
    session: Session,
    private readonly sheet: () => FakeSheet
  ) {
    super(session, () => sheet().charts);
  }
  /** Made from `range` with a series per column, named "Series1"…, without categories. */
  add(type: string, range: FakeRange, seriesBy: string): FakeChartProxy {
    let made: FakeChart | null = null;
    this.session.enqueue(() => {
      if (!CHART_TYPES.includes(type)) throw new Error(`fake: chart type "${type}"`);
      if (seriesBy !== "Columns") throw new Error(`fake: only series by "Columns" are modelled`);
      const sheet = this.sheet();
      const a = range.target();
      const chart: FakeChart = {
        name: `Chart ${++sheet.chartsMade}`,
        sheet,
        type,
        title: "",
        // Excel's default depends on the chart; hidden here, so a test sees that it was asked for.
        titleVisible: false,
        series: [],
        position: null,
      };
      for (let c = 0; c < a.columns; c++) {
        const column = { ...a, column: a.column + c, columns: 1 };
        chart.series.push({
          name: `Series${c + 1}`,
          values: addressOn(sheet, column),
          categories: null,
          chartType: type,
          axisGroup: "Primary",
        });
      }
      sheet.charts.push(chart);
      made = chart;
    }, type.length + 16);
    return new FakeChartProxy(this.session, () => made);
  }
  getItemOrNullObject(name: string): FakeChartProxy {
    return new FakeChartProxy(
      this.session,
      () => this.sheet().charts.find((c) => sameName(c.name, name)) ?? null,
      true
    );
  }
  protected itemProxy(chart: FakeChart): FakeChartProxy {
    return new FakeChartProxy(this.session, () => chart);
  }
}
