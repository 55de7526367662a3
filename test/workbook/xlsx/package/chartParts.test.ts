/**
 * The chart part as text: well-formed, every element's children in the order
 * ECMA-376 lays down (Excel drops a chart whose part is out of order), references to the sheet
 * quoted, user text escaped, caches filled from the cells when they are known.
 */
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import {
  CHART_CONTENT_TYPE,
  CHART_RELATIONSHIP,
  DRAWING_CONTENT_TYPE,
  DRAWING_RELATIONSHIP,
  chartSpaceXml,
  layoutCells,
  type ChartCells,
} from "../../../../src/workbook/xlsx/package/chartParts";
import type { ChartKind, SheetChart } from "../../../../src/workbook/workbookPort";
import { orderViolations, type Node } from "./chartSchemaOrder";
import { all, attr, children, parse, parser, text } from "./xmlNodes";
import { DEFAULT_CADENCE } from "../../../../src/core/rotation/cadence";
import { coverage, paretoSeries } from "../../../../src/core/reviews/coverage";
import {
  PARETO_CHART,
  coverageDataLayout,
  coverageLayout,
} from "../../../../src/core/sheets/coverageSheet";
import { STANDARD_CALENDAR } from "../../../../src/core/dates/workdays";
import { AS_OF, ROWS, d } from "../../../fixtures/smallBook";

const pareto: SheetChart = {
  name: "RH_Pareto",
  kind: "columnAndLine",
  title: "Revenue concentration (Pareto)",
  series: [
    { name: "Revenue", values: "B16:B22", categories: "A16:A22" },
    { name: "Cumulative share", values: "C16:C22", categories: "A16:A22", line: true },
  ],
  placement: "E15:L34",
};

function chartOf(kind: ChartKind): SheetChart {
  return kind === "columnAndLine"
    ? pareto
    : {
        ...pareto,
        kind,
        series: [pareto.series[0], { ...pareto.series[1], line: undefined }],
      };
}

const KINDS: ChartKind[] = ["clusteredColumn", "line", "columnAndLine"];

describe("chartSpaceXml", () => {
  test.each(KINDS)("%s: well-formed, every element's children in schema order", (kind) => {
    const doc = parse(chartSpaceXml(chartOf(kind), "Coverage"));
    expect(orderViolations(doc)).toEqual([]);
  });

  test("the order check itself catches a misplaced, missing or repeated element", () => {
    const xml = chartSpaceXml(pareto, "Coverage");
    const moved = xml.replace(/(<c:gapWidth val="\d+"\/>)((?:<c:axId val="\d+"\/>){2})/, "$2$1");
    expect(moved).not.toBe(xml);
    expect(orderViolations(parse(moved))).toEqual([
      expect.stringMatching(/<c:gapWidth> comes too late in <c:barChart>/),
    ]);
    const missing = xml.replace(/<c:crossAx val="\d+"\/>/, "");
    expect(orderViolations(parse(missing))).toEqual([
      expect.stringMatching(/<c:crossAx> 0 times in <c:catAx>/),
    ]);
    const twice = xml.replace(
      "<c:autoTitleDeleted",
      '<c:roundedCorners val="0"/><c:autoTitleDeleted'
    );
    expect(orderViolations(parse(twice))).toEqual([
      expect.stringMatching(/<c:roundedCorners> is not a child of <c:chart>/),
    ]);
  });

  test.each(KINDS)(
    "%s in a book without a theme: each series' colour written out, in order",
    (kind) => {
      const themed = parse(chartSpaceXml(chartOf(kind), "Coverage"));
      expect(all(themed, "c:spPr")).toHaveLength(0);
      const doc = parse(
        chartSpaceXml(chartOf(kind), "Coverage", undefined, { fixedColours: true })
      );
      expect(orderViolations(doc)).toEqual([]);
      const colours = all(doc, "c:ser").map((ser) => {
        const shape = children(ser).find((c) => "c:spPr" in c)!;
        return attr(all(shape, "a:srgbClr")[0], "val");
      });
      expect(colours).toEqual(["4472C4", "ED7D31"]);
      // A line is stroked in its colour, not filled; its markers take the colour too.
      for (const line of all(doc, "c:lineChart"))
        for (const ser of all(line, "c:ser")) {
          const shape = children(ser).find((c) => "c:spPr" in c)!;
          expect(all(children(shape), "a:ln")).toHaveLength(1);
          expect(all(all(ser, "c:marker")[0], "a:srgbClr").length).toBeGreaterThan(0);
        }
    }
  );

  test("clustered columns: one bar chart, every series a column, one pair of axes", () => {
    const doc = parse(chartSpaceXml(chartOf("clusteredColumn"), "Coverage"));
    expect(all(doc, "c:barChart")).toHaveLength(1);
    expect(all(doc, "c:lineChart")).toHaveLength(0);
    expect(attr(all(doc, "c:barDir")[0], "val")).toBe("col");
    expect(attr(all(doc, "c:grouping")[0], "val")).toBe("clustered");
    expect(all(all(doc, "c:barChart")[0], "c:ser")).toHaveLength(2);
    expect(all(doc, "c:catAx")).toHaveLength(1);
    expect(all(doc, "c:valAx")).toHaveLength(1);
  });

  test("lines: one line chart holding every series", () => {
    const doc = parse(chartSpaceXml(chartOf("line"), "Coverage"));
    expect(all(doc, "c:barChart")).toHaveLength(0);
    expect(all(all(doc, "c:lineChart")[0], "c:ser")).toHaveLength(2);
    expect(all(doc, "c:valAx")).toHaveLength(1);
  });

  test("column and line: the line series on a second pair of axes, its scale on the right", () => {
    const doc = parse(chartSpaceXml(pareto, "Coverage"));
    const [bars] = all(doc, "c:barChart");
    const [line] = all(doc, "c:lineChart");
    const names = (group: Node) => all(group, "c:tx").map((tx) => text(all([tx], "c:v")[0]));
    expect(names(bars)).toEqual(["Revenue"]);
    expect(names(line)).toEqual(["Cumulative share"]);
    // idx and order are unique across the chart, not per group.
    expect(all(doc, "c:idx").map((n) => attr(n, "val"))).toEqual(["0", "1"]);

    const ids = (group: Node) =>
      children(group)
        .filter((c) => "c:axId" in c)
        .map((c) => attr(c, "val"));
    const axes = [...all(doc, "c:catAx"), ...all(doc, "c:valAx")];
    const axis = (id: string | undefined) =>
      axes.find((a) => attr(all([a], "c:axId")[0], "val") === id)!;
    const val = (node: Node, name: string) => attr(all([node], name)[0], "val");
    const [barCat, barVal] = ids(bars).map(axis);
    const [lineCat, lineVal] = ids(line).map(axis);
    expect(new Set([...ids(bars), ...ids(line)]).size).toBe(4);
    // Each pair crosses itself; the line's category axis is hidden, its value axis on the right.
    expect(val(barCat, "c:crossAx")).toBe(ids(bars)[1]);
    expect(val(barVal, "c:crossAx")).toBe(ids(bars)[0]);
    expect(val(lineCat, "c:crossAx")).toBe(ids(line)[1]);
    expect(val(lineVal, "c:crossAx")).toBe(ids(line)[0]);
    expect(val(barCat, "c:delete")).toBe("0");
    expect(val(lineCat, "c:delete")).toBe("1");
    expect(val(barVal, "c:axPos")).toBe("l");
    expect(val(lineVal, "c:axPos")).toBe("r");
    expect(val(lineVal, "c:crosses")).toBe("max");
  });

  test("a column-and-line chart without a line series is plain columns; no series, an empty plot", () => {
    const columns = parse(chartSpaceXml({ ...pareto, series: [pareto.series[0]] }, "Coverage"));
    expect(all(columns, "c:lineChart")).toHaveLength(0);
    expect(all(columns, "c:valAx")).toHaveLength(1);
    const empty = parse(chartSpaceXml({ ...pareto, series: [] }, "Coverage"));
    expect(orderViolations(empty)).toEqual([]);
    expect(all(empty, "c:barChart")).toHaveLength(1);
    expect(all(empty, "c:ser")).toHaveLength(0);
  });

  test("references name the sheet quoted, apostrophes doubled, cells absolute", () => {
    const doc = parse(chartSpaceXml(pareto, "O'Brien's book"));
    expect(all(doc, "c:f").map(text)).toEqual([
      "'O''Brien''s book'!$A$16:$A$22",
      "'O''Brien''s book'!$B$16:$B$22",
      "'O''Brien''s book'!$A$16:$A$22",
      "'O''Brien''s book'!$C$16:$C$22",
    ]);
  });

  test("a range may name its own sheet; a single cell is one reference", () => {
    const chart: SheetChart = {
      ...pareto,
      kind: "clusteredColumn",
      series: [{ name: "One", values: "'Pareto data'!B2", categories: "Data!a2:A2" }],
    };
    const doc = parse(chartSpaceXml(chart, "Coverage"));
    expect(all(doc, "c:f").map(text)).toEqual(["'Data'!$A$2", "'Pareto data'!$B$2"]);
  });

  test("titles, series and sheet names from user data are escaped, never markup", () => {
    const hostile = `</a:t></a:r><c:x/>&amp; "quoted" 'single' <&>`;
    const chart: SheetChart = {
      ...pareto,
      title: hostile,
      series: [{ ...pareto.series[0], name: hostile }],
    };
    const doc = parse(chartSpaceXml(chart, `A & <B> "C" D's`));
    expect(all(doc, "c:x")).toHaveLength(0);
    expect(text(all(doc, "a:t")[0])).toBe(hostile);
    expect(text(all(all(doc, "c:tx")[1], "c:v")[0])).toBe(hostile);
    expect(text(all(doc, "c:f")[0])).toBe(`'A & <B> "C" D''s'!$A$16:$A$22`);
  });

  test("an empty title: none drawn, and none made up by Excel", () => {
    for (const title of ["", "  "]) {
      const doc = parse(chartSpaceXml({ ...pareto, title }, "S"));
      expect(orderViolations(doc)).toEqual([]);
      expect(all(doc, "c:title")).toHaveLength(0);
      expect(attr(all(doc, "c:autoTitleDeleted")[0], "val")).toBe("1");
    }
    const titled = parse(chartSpaceXml(pareto, "S"));
    expect(attr(all(titled, "c:autoTitleDeleted")[0], "val")).toBe("0");
  });

  test("characters XML cannot carry are dropped; tabs, newlines and emoji are kept", () => {
    const doc = parse(
      chartSpaceXml({ ...pareto, title: "a\u0000b\u0007c\u001f\ud800d\te\n😀\uffff" }, "S")
    );
    expect(text(all(doc, "a:t")[0])).toBe("abcd\te\n😀");
  });

  test("any title and names make a well-formed part that reads back as written", () => {
    const writable = (s: string) =>
      // eslint-disable-next-line no-control-regex
      !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff\r]/.test(s);
    const userText = fc.string({ unit: "grapheme", maxLength: 30 }).filter(writable);
    fc.assert(
      // A blank title draws none (tested above).
      fc.property(
        userText.filter((t) => t.trim() !== ""),
        userText,
        userText,
        (title, series, sheet) => {
          const xml = chartSpaceXml(
            { ...pareto, title, series: [{ ...pareto.series[0], name: series }] },
            sheet
          );
          expect(XMLValidator.validate(xml)).toBe(true);
          const doc = parser.parse(xml) as Node[];
          expect(text(all(doc, "a:t")[0])).toBe(title);
          expect(text(all(all(doc, "c:tx")[1], "c:v")[0])).toBe(series);
          expect(text(all(doc, "c:f")[0])).toBe(`'${sheet.replace(/'/g, "''")}'!$A$16:$A$22`);
        }
      ),
      { numRuns: 200 }
    );
  });

  test("without cells, references only: Excel and LibreOffice read the sheet", () => {
    const xml = chartSpaceXml(pareto, "Coverage");
    expect(xml).not.toContain("Cache");
  });

  test("with cells, caches of what the sheet holds; formulas and blanks left as gaps", () => {
    const sheet: Record<string, { value: string | number | null; format?: string }> = {
      A2: { value: "Ann" },
      A3: { value: 2027 },
      A4: { value: null },
      B2: { value: 1500.5, format: "#,##0" },
      B3: { value: "=B2*2" },
      B4: { value: 7, format: "#,##0" },
    };
    const cells: ChartCells = (name, address) => (name === "Book" ? sheet[address] : undefined);
    const chart: SheetChart = {
      ...pareto,
      kind: "clusteredColumn",
      series: [{ name: "Revenue", values: "B2:B4", categories: "A2:A4" }],
    };
    const doc = parse(chartSpaceXml(chart, "Book", cells));
    expect(orderViolations(doc)).toEqual([]);
    const points = (cache: Node) =>
      all([cache], "c:pt").map((pt) => [attr(pt, "idx"), text(all([pt], "c:v")[0])]);
    const [strCache] = all(doc, "c:strCache");
    const [numCache] = all(doc, "c:numCache");
    expect(attr(all([strCache], "c:ptCount")[0], "val")).toBe("3");
    expect(points(strCache)).toEqual([
      ["0", "Ann"],
      ["1", "2027"],
    ]);
    expect(attr(all([numCache], "c:ptCount")[0], "val")).toBe("3");
    expect(text(all([numCache], "c:formatCode")[0])).toBe("#,##0");
    expect(points(numCache)).toEqual([
      ["0", "1500.5"],
      ["2", "7"],
    ]);
    // Another sheet's cells are not this sheet's.
    expect(chartSpaceXml(chart, "Other", cells)).not.toContain("<c:pt ");
  });
});

test("the Coverage sheet's charts, cached from the layouts written: the core's numbers, formatted alike", () => {
  const result = coverage(
    [
      { tier: "A", lastContact: d("2026-10-01") },
      { tier: "A", lastContact: null },
      { tier: "B", lastContact: d("2026-07-01") },
      { tier: "C", lastContact: d("2026-09-01") },
    ],
    DEFAULT_CADENCE,
    STANDARD_CALENDAR,
    AS_OF
  );
  const pareto = paretoSeries(ROWS.map((r) => ({ label: String(r[1]), value: Number(r[3]) })));
  const layout = coverageLayout(result, pareto, AS_OF);
  // The charts draw from the hidden data sheet, written just before the dashboard.
  const cells = layoutCells(coverageDataLayout(result, pareto), layout);
  expect(layout.charts.length).toBeGreaterThan(0);
  for (const chart of layout.charts) {
    const doc = parse(chartSpaceXml(chart, layout.sheet, cells));
    expect(orderViolations(doc)).toEqual([]);
    // Every point of every series is cached: the layout wrote each cell a chart reads.
    for (const cache of [...all(doc, "c:numCache"), ...all(doc, "c:strCache")])
      expect(all(cache, "c:pt")).toHaveLength(Number(attr(all(cache, "c:ptCount")[0], "val")));
  }
  const drawn = layout.charts.find((c) => c.name === PARETO_CHART)!;
  const doc = parse(chartSpaceXml(drawn, layout.sheet, cells));
  const [labels] = all(doc, "c:strCache");
  const [revenue, share] = all(doc, "c:numCache");
  const values = (cache: Node) => all(cache, "c:v").map((v) => Number(text(v)));
  expect(all(labels, "c:v").map(text)).toEqual(pareto.map((p) => p.label));
  expect(values(revenue)).toEqual(pareto.map((p) => p.value));
  expect(values(share)).toEqual(pareto.map((p) => p.cumulativeShare));
  // The running share reads as a percentage in its cache and on its axis, as in the sheet.
  expect(text(all(share, "c:formatCode")[0])).toMatch(/%/);
  const [amounts, shares] = all(doc, "c:valAx");
  expect(attr(all(amounts, "c:numFmt")[0], "formatCode")).not.toMatch(/%/);
  expect(attr(all(shares, "c:numFmt")[0], "formatCode")).toMatch(/%/);
});

test("content and relationship types are the ECMA-376 ones", () => {
  expect(DRAWING_CONTENT_TYPE).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
  expect(CHART_CONTENT_TYPE).toBe(
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
  );
  expect(DRAWING_RELATIONSHIP).toBe(
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"
  );
  expect(CHART_RELATIONSHIP).toBe(
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
  );
});
