/**
 * A chart part (xl/charts/chartN.xml) for a SheetChart: a `c:chartSpace` drawing the series from
 * their ranges, as Excel would have saved the chart the add-in draws through Office.js. Every
 * element is written in the order ECMA-376 Part 1 (§21.2, dml-chart.xsd) lays down: Excel refuses
 * a part whose children are out of order and offers to "repair" the book, dropping the chart.
 */
import type { ChartSeries, SheetChart } from "../../workbookPort";
import { cellName, parseRange } from "../../shared/a1";
import type { ChartCell, ChartCells } from "./chartCells";
import { seriesMarker, seriesShape } from "./chartColours";
import { markupAttribute, markupText } from "./markupText";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Axis ids are only tied to each other within the part; these are Excel's usual kind. */
const AXIS = { category: 50010, value: 50020, lineCategory: 50030, lineValue: 50040 } as const;

interface Axes {
  readonly category: number;
  readonly value: number;
}

interface Group {
  readonly line: boolean;
  readonly series: readonly { readonly spec: ChartSeries; readonly index: number }[];
  readonly axes: Axes;
}

export interface ChartOptions {
  /** The book has no theme part: series colours are written out (chartColours.ts). */
  readonly fixedColours?: boolean;
}

/**
 * The complete chart part. `sheetName` is the sheet the ranges are on (a range may name another
 * sheet, "Data!B2:B9"); `cells`, when given, fills the caches that viewers which do not
 * recalculate draw from.
 */
export function chartSpaceXml(
  chart: SheetChart,
  sheetName: string,
  cells?: ChartCells,
  options: ChartOptions = {}
): string {
  const groups = plotGroups(chart);
  const source = { sheetName, cells, fixedColours: options.fixedColours === true };
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}>` +
    // Absent, Excel draws the frame with rounded corners.
    '<c:roundedCorners val="0"/>' +
    "<c:chart>" +
    titleXml(chart.title) +
    "<c:plotArea><c:layout/>" +
    groups.map((g) => groupXml(g, chart, source)).join("") +
    groups.map((g, i) => axesXml(g.axes, i > 0, valueFormat(g, source))).join("") +
    "</c:plotArea>" +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    "</c:chartSpace>"
  );
}

/**
 * Columns first, then lines: in a column-and-line chart the series marked `line` are drawn as a
 * line over a second pair of axes (its own scale on the right), as Excel's combo chart does. A
 * group with no series is left out; whichever group comes first takes the primary axes.
 */
function plotGroups(chart: SheetChart): Group[] {
  const indexed = chart.series.map((spec, index) => ({ spec, index }));
  const isLine = (s: ChartSeries) =>
    chart.kind === "line" || (chart.kind === "columnAndLine" && s.line === true);
  const groups = [
    { line: false, series: indexed.filter((s) => !isLine(s.spec)) },
    { line: true, series: indexed.filter((s) => isLine(s.spec)) },
  ].filter((g) => g.series.length > 0);
  // A plot area holds at least one chart: with no series, an empty one of the chart's kind.
  if (groups.length === 0) groups.push({ line: chart.kind === "line", series: [] });
  const primary = { category: AXIS.category, value: AXIS.value };
  const secondary = { category: AXIS.lineCategory, value: AXIS.lineValue };
  return groups.map((g, i) => ({ ...g, axes: i === 0 ? primary : secondary }));
}

/** The title, and autoTitleDeleted: with no title text Excel would otherwise make one up. */
function titleXml(title: string): string {
  if (title.trim() === "") return '<c:autoTitleDeleted val="1"/>';
  return (
    "<c:title><c:tx><c:rich>" +
    '<a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="en-US" sz="1400" b="1"/><a:t>${markupText(title)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>'
  );
}

interface Source {
  readonly sheetName: string;
  readonly cells: ChartCells | undefined;
  readonly fixedColours: boolean;
}

/** CT_BarChart: barDir, grouping, varyColors, ser*, gapWidth, axId×2; CT_LineChart alike. */
function groupXml(group: Group, chart: SheetChart, source: Source): string {
  const series = group.series.map(({ spec, index }) => seriesXml(spec, index, group.line, source));
  const axIds = `<c:axId val="${group.axes.category}"/><c:axId val="${group.axes.value}"/>`;
  if (group.line)
    return (
      '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
      series.join("") +
      '<c:marker val="1"/>' +
      axIds +
      "</c:lineChart>"
    );
  // Narrower gaps in a Pareto chart, where up to fifty bars share the width.
  const gap = chart.kind === "columnAndLine" ? 60 : 150;
  return (
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    series.join("") +
    `<c:gapWidth val="${gap}"/>` +
    axIds +
    "</c:barChart>"
  );
}

/**
 * CT_BarSer: idx, order, tx, spPr, invertIfNegative, cat, val;
 * CT_LineSer: idx, order, tx, spPr, marker, cat, val, smooth.
 */
function seriesXml(spec: ChartSeries, index: number, line: boolean, source: Source): string {
  const head =
    `<c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${markupText(spec.name)}</c:v></c:tx>` +
    seriesShape(index, line, source.fixedColours);
  const data = categoriesXml(spec.categories, source) + valuesXml(spec.values, source);
  if (line)
    return (
      `<c:ser>${head}${seriesMarker(index, source.fixedColours)}` +
      `${data}<c:smooth val="0"/></c:ser>`
    );
  return `<c:ser>${head}<c:invertIfNegative val="0"/>${data}</c:ser>`;
}

/** A range's sheet (its own prefix, else the chart's) and cells, row by row. */
function rangeCells(range: string, sheetName: string): { sheet: string; addresses: string[] } {
  const bang = range.lastIndexOf("!");
  const sheet = bang < 0 ? sheetName : unquoteSheet(range.slice(0, bang));
  const { from, to } = parseRange(range);
  const addresses: string[] = [];
  for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row++)
    for (
      let column = Math.min(from.column, to.column);
      column <= Math.max(from.column, to.column);
      column++
    )
      addresses.push(cellName({ row, column }));
  return { sheet, addresses };
}

function unquoteSheet(prefix: string): string {
  const quoted = /^'(.*)'$/.exec(prefix);
  return quoted === null ? prefix : quoted[1].replace(/''/g, "'");
}

/**
 * The reference a chart keeps, "'Sheet name'!$B$16:$B$22". The name is always quoted (an
 * apostrophe in it doubled): quoting is valid for every name, and a name such as "A1", "TRUE" or
 * "R2C3" would otherwise read as something else.
 */
function rangeFormula(range: string, sheetName: string): string {
  const { sheet, addresses } = rangeCells(range, sheetName);
  const absolute = (address: string) => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const first = absolute(addresses[0]);
  const last = absolute(addresses[addresses.length - 1]);
  const cells = first === last ? first : `${first}:${last}`;
  return `'${sheet.replace(/'/g, "''")}'!${cells}`;
}

function categoriesXml(range: string, source: Source): string {
  const f = `<c:f>${markupText(rangeFormula(range, source.sheetName))}</c:f>`;
  const cached = cachedCells(range, source);
  if (cached === null) return `<c:cat><c:strRef>${f}</c:strRef></c:cat>`;
  const points = cached.map((cell, i) => {
    const text = cell === undefined ? "" : cellLabel(cell.value);
    return text === "" ? "" : `<c:pt idx="${i}"><c:v>${markupText(text)}</c:v></c:pt>`;
  });
  return (
    `<c:cat><c:strRef>${f}<c:strCache><c:ptCount val="${cached.length}"/>` +
    `${points.join("")}</c:strCache></c:strRef></c:cat>`
  );
}

function valuesXml(range: string, source: Source): string {
  const f = `<c:f>${markupText(rangeFormula(range, source.sheetName))}</c:f>`;
  const cached = cachedCells(range, source);
  if (cached === null) return `<c:val><c:numRef>${f}</c:numRef></c:val>`;
  const format = rangeFormat(cached);
  const points = cached.map((cell, i) =>
    typeof cell?.value === "number" && Number.isFinite(cell.value)
      ? `<c:pt idx="${i}"><c:v>${cell.value}</c:v></c:pt>`
      : ""
  );
  return (
    `<c:val><c:numRef>${f}<c:numCache><c:formatCode>${markupText(format)}</c:formatCode>` +
    `<c:ptCount val="${cached.length}"/>${points.join("")}</c:numCache></c:numRef></c:val>`
  );
}

/** The number format of a range: its first cell's that has one (a column is formatted alike). */
function rangeFormat(cached: readonly (ChartCell | undefined)[]): string {
  return cached.find((cell) => cell?.format !== undefined)?.format ?? "General";
}

/** What a value axis shows its numbers as: its first series' cells' format, as Excel saves it. */
function valueFormat(group: Group, source: Source): string {
  const [first] = group.series;
  const cached = first === undefined ? null : cachedCells(first.spec.values, source);
  return cached === null ? "General" : rangeFormat(cached);
}

function cachedCells(range: string, source: Source): (ChartCell | undefined)[] | null {
  if (source.cells === undefined) return null;
  const { sheet, addresses } = rangeCells(range, source.sheetName);
  const lookup = source.cells;
  return addresses.map((address) => lookup(sheet, address));
}

function cellLabel(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

/**
 * CT_CatAx and CT_ValAx, children in schema order. The second pair (a line's own scale) hides its
 * category axis, which would repeat the first, and puts its value axis on the right, crossing
 * at the maximum so it stands at the far side of the plot.
 */
function axesXml(axes: Axes, secondary: boolean, format: string): string {
  const scaling = '<c:scaling><c:orientation val="minMax"/></c:scaling>';
  // Linked to the source: the axis follows the cells' format when the user changes it.
  const linked = (code: string) =>
    `<c:numFmt formatCode="${markupAttribute(code)}" sourceLinked="1"/>`;
  const ticks =
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  const category =
    `<c:catAx><c:axId val="${axes.category}"/>${scaling}` +
    `<c:delete val="${secondary ? 1 : 0}"/><c:axPos val="b"/>${linked("General")}${ticks}` +
    `<c:crossAx val="${axes.value}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>' +
    "</c:catAx>";
  const value =
    `<c:valAx><c:axId val="${axes.value}"/>${scaling}` +
    `<c:delete val="0"/><c:axPos val="${secondary ? "r" : "l"}"/>` +
    (secondary ? "" : "<c:majorGridlines/>") +
    `${linked(format)}${ticks}<c:crossAx val="${axes.category}"/>` +
    `<c:crosses val="${secondary ? "max" : "autoZero"}"/><c:crossBetween val="between"/>` +
    "</c:valAx>";
  return category + value;
}
