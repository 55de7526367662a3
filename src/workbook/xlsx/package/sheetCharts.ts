/**
 * An owned sheet's native charts in the package: one chart part each, drawn through the sheet's
 * drawing part (made with its relationship and content types when the sheet has none). Writing
 * the sheet again rewrites the add-in's charts in place, found by name (the part and its
 * relationship kept), and every other drawing on the sheet — the user's charts, pictures,
 * shapes — stays as it was. What a chart and a drawing hold is the chart parts module's business
 * (ChartRenderer); this file only wires the parts together.
 */
import type { SheetChart } from "../../../core/sheets/sheetChart";
import type { SheetLayout } from "../../../core/sheets/sheetLayout";
import { parseRange } from "../../shared/a1";
import { freePart } from "./newSheet";
import type { OpenedPackage } from "./openedPackage";
import { putElement, relIdAttribute, rootOf, topElements, WORKSHEET_ORDER } from "./partElements";
import { attributes } from "./xmlText";

export interface ChartAnchor {
  readonly chartRelId: string;
  readonly name: string;
  /** The drawing object's id, unique in the drawing part. */
  readonly id: number;
  /** The top-left cell, 0-based. */
  readonly from: { readonly col: number; readonly row: number };
  /** The cell just past the bottom-right one, 0-based: the anchor's edge is its top-left corner. */
  readonly to: { readonly col: number; readonly row: number };
  /** Alternative text for screen readers (the chart's title). */
  readonly description?: string;
}

/** Makes the parts' XML: a full `c:chartSpace` per chart, a full `xdr:wsDr` for anchors. */
export interface ChartRenderer {
  chartSpaceXml(chart: SheetChart, sheetName: string): string;
  drawingXml(anchors: readonly ChartAnchor[]): string;
}

/** The renderer for one layout's charts (their caches hold the layout's cells). */
export type ChartRendererFor = (layout: SheetLayout) => ChartRenderer;

const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
const TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/**
 * Where a chart goes: over its placement's cells ("H3:P20" from H3's top-left to P20's
 * bottom-right, as Office.js setPosition covers them), else at H2 below the ones before it, the
 * size of Excel's new chart (about 8 columns by 15 rows).
 */
function anchorCells(chart: SheetChart, index: number) {
  if (chart.placement !== undefined) {
    const { from, to } = parseRange(chart.placement);
    return {
      from: { col: from.column, row: from.row },
      to: { col: to.column + 1, row: to.row + 1 },
    };
  }
  const row = 1 + index * 16;
  return { from: { col: 7, row }, to: { col: 15, row: row + 15 } };
}

interface OldAnchor {
  readonly name: string;
  readonly relId: string | null;
  readonly start: number;
  readonly end: number;
}

function anchorsOf(drawing: string): OldAnchor[] {
  return topElements(drawing).map(({ start, end }) => {
    const text = drawing.slice(start, end);
    const pr = /<(?:[\w.-]+:)?cNvPr\b([^>]*)>/.exec(text);
    const chart = /<(?:[\w.-]+:)?chart\b([^>]*)>/.exec(text);
    return {
      name: pr === null ? "" : (attributes(pr[1]).name ?? ""),
      relId: chart === null ? null : (attributes(chart[1]).id ?? null),
      start,
      end,
    };
  });
}

/** The new anchors' elements, each carrying the namespaces its own drawing root declared. */
function anchorElements(drawing: string): string[] {
  const root = rootOf(drawing);
  const head = drawing.slice(drawing.lastIndexOf("<", root.start - 1), root.start);
  const namespaces = [...head.matchAll(/\sxmlns(?::[\w.-]+)?="[^"]*"/g)].map((m) => m[0]).join("");
  return topElements(drawing).map(({ start, end }) => {
    const text = drawing.slice(start, end);
    const nameEnd = /^<[\w.:-]+/.exec(text)![0].length;
    return `${text.slice(0, nameEnd)}${namespaces}${text.slice(nameEnd)}`;
  });
}

/** Writes the charts; returns the sheet's XML with its `<drawing>` when it gained one. */
export function writeCharts(
  pkg: OpenedPackage,
  sheet: { readonly name: string; readonly part: string; readonly xml: string },
  charts: readonly SheetChart[],
  renderer: ChartRenderer
): string {
  if (charts.length === 0) return sheet.xml;
  const folder = pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf("/") + 1);
  const drawingElement = topElements(sheet.xml).find((e) => e.local === "drawing");
  const drawingRelId =
    drawingElement === undefined
      ? null
      : attributes(sheet.xml.slice(drawingElement.start, drawingElement.end)).id;
  const drawingRel = pkg.relationships(sheet.part).find((r) => r.id === drawingRelId);
  const existing = drawingRel === undefined ? null : pkg.text(drawingRel.part);
  const drawingPart = drawingRel?.part ?? freePart(pkg, `${folder}drawings/`, "drawing");
  const old = existing === null ? [] : anchorsOf(existing);
  const drawingRels = pkg.relationships(drawingPart);
  let nextId =
    Math.max(
      1,
      ...[...(existing ?? "").matchAll(/<(?:[\w.-]+:)?cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) =>
        Number(m[1])
      )
    ) + 1;
  const replaced = new Set<OldAnchor>();
  const anchors = charts.map((chart, i): ChartAnchor => {
    const before = old.find((a) => a.name === chart.name && a.relId !== null);
    const rel = before === undefined ? undefined : drawingRels.find((r) => r.id === before.relId);
    let relId: string;
    let part: string;
    if (before !== undefined && rel !== undefined && !rel.external) {
      replaced.add(before);
      relId = rel.id;
      part = rel.part;
    } else {
      part = freePart(pkg, `${folder}charts/`, "chart");
      pkg.addContentType(part, TYPE.chart);
      relId = pkg.relate(drawingPart, REL.chart, part);
    }
    pkg.set(part, renderer.chartSpaceXml(chart, sheet.name));
    return {
      chartRelId: relId,
      name: chart.name,
      id: nextId++,
      ...anchorCells(chart, i),
      description: chart.title,
    };
  });
  const drawn = renderer.drawingXml(anchors);
  if (existing === null) {
    pkg.set(drawingPart, drawn);
    pkg.addContentType(drawingPart, TYPE.drawing);
    const relId = pkg.relate(sheet.part, REL.drawing, drawingPart);
    const p = rootOf(sheet.xml).prefix;
    return putElement(
      sheet.xml,
      WORKSHEET_ORDER,
      "drawing",
      () => `<${p}drawing ${relIdAttribute(sheet.xml, relId)}/>`
    );
  }
  // The add-in's old anchors out (from the end, so offsets hold), the new ones in at the end.
  let kept = existing;
  for (const a of [...replaced].sort((x, y) => y.start - x.start))
    kept = kept.slice(0, a.start) + kept.slice(a.end);
  const end = rootOf(kept).end;
  pkg.set(drawingPart, kept.slice(0, end) + anchorElements(drawn).join("") + kept.slice(end));
  return sheet.xml;
}
