/**
 * The add-in's native charts on a sheet it owns. A chart is found again by its name: writing the
 * sheet again deletes the chart of that name and draws it anew from its spec, in the same sync as
 * the cells, so a chart the user made (any other name) is never touched. Everything here is queued
 * on the context; the caller syncs. ExcelApi 1.7 (series added by hand, a series' chart type); the
 * secondary axis needs 1.8 and is left out where the host lacks it: the line is then drawn on the
 * columns' axis, flattened but still there, rather than failing the whole write.
 */
import { cellName, parseRange } from "../shared/a1";
import { sameName } from "../shared/cellWrites";
import type { ChartKind, SheetChart } from "../workbookPort";

const EXCEL_TYPE: Record<ChartKind, "ColumnClustered" | "Line"> = {
  clusteredColumn: "ColumnClustered",
  line: "Line",
  // The combination starts as columns; its line series are switched one by one.
  columnAndLine: "ColumnClustered",
};

/** Queues deleting the add-in's earlier charts among `existing` (loaded with items/name and synced). */
export function deleteOwnedCharts(
  existing: Excel.ChartCollection,
  charts: readonly SheetChart[]
): void {
  for (const chart of existing.items)
    if (charts.some((spec) => sameName(spec.name, chart.name))) chart.delete();
}

/**
 * Queues drawing the charts; `secondaryAxis` says whether the host has ExcelApi 1.8. A series may
 * draw from another sheet ("'Coverage data'!B4:B9"), found in `sheets`.
 */
export function drawCharts(
  sheet: Excel.Worksheet,
  charts: readonly SheetChart[],
  secondaryAxis: boolean,
  sheets?: Excel.WorksheetCollection
): void {
  const range = (address: string): Excel.Range => {
    const qualified = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address);
    if (qualified === null || sheets === undefined) return sheet.getRange(address);
    const name = (qualified[1] ?? qualified[2]).replace(/''/g, "'");
    return sheets.getItem(name).getRange(qualified[3]);
  };
  for (const spec of charts) drawChart(sheet, spec, secondaryAxis, range);
}

function drawChart(
  sheet: Excel.Worksheet,
  spec: SheetChart,
  secondaryAxis: boolean,
  range: (address: string) => Excel.Range
): void {
  const [first] = spec.series;
  if (first === undefined) return;
  // Made from the first series' values alone (one column), Excel makes exactly one series of
  // them; the others are added by hand, so no series comes from Excel guessing at a range.
  const chart = sheet.charts.add(EXCEL_TYPE[spec.kind], range(first.values), "Columns");
  chart.name = spec.name;
  // Excel shows a title by default only on some charts; these always say what they draw.
  chart.title.visible = true;
  chart.title.text = spec.title;
  spec.series.forEach((wanted, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(wanted.name);
    if (i === 0) series.name = wanted.name;
    else series.setValues(range(wanted.values));
    series.setXAxisValues(range(wanted.categories));
    if (spec.kind === "columnAndLine" && wanted.line === true) {
      series.chartType = "Line";
      if (secondaryAxis) series.axisGroup = "Secondary";
    }
  });
  if (spec.placement !== undefined) {
    const { from, to } = parseRange(spec.placement);
    chart.setPosition(cellName(from), cellName(to));
  }
}
