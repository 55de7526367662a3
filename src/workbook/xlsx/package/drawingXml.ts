/**
 * The drawing part (xl/drawings/drawingN.xml) that places a sheet's charts over its cells: one
 * `xdr:twoCellAnchor` a chart, its frame named as the chart is. The name is what the add-in finds
 * its chart by when it writes the sheet again (Office.js `Chart.name` is the frame's `cNvPr`
 * name), so a book the command line wrote is redrawn in Excel, not given a second chart.
 */
import { parseRange } from "../../shared/a1";
import { markupAttribute } from "./markupText";

/** A cell corner, 0-based: the top-left corner of column `col`, row `row`. */
export interface AnchorCell {
  readonly col: number;
  readonly row: number;
}

export interface ChartAnchor {
  /** The drawing's relationship to the chart part ("rId1"). */
  readonly chartRelId: string;
  readonly name: string;
  /** Unique among the drawing's shapes, from 1. */
  readonly id: number;
  /** The corner where the chart starts. */
  readonly from: AnchorCell;
  /** The corner where it ends: the top-left of the cell after the last one it covers. */
  readonly to: AnchorCell;
  /** Alternative text for screen readers (the chart's title). */
  readonly description?: string;
}

/** Excel's new chart is 5 × 3 inches: about 8 columns by 15 rows of the default size. */
const DEFAULT_SIZE = { cols: 8, rows: 15 } as const;
const DEFAULT_FROM = { col: 7, row: 1 } as const;

/**
 * The corners of a chart covering `placement` ("H3:P20": from H3's top-left to P20's
 * bottom-right, the same cells Office.js `setPosition("H3", "P20")` covers). Without a placement,
 * the `index`-th chart of the sheet goes at H2 and below the ones before it, never on top of them.
 */
export function anchorOf(
  placement: string | undefined,
  index: number
): { from: AnchorCell; to: AnchorCell } {
  if (placement === undefined) {
    const row = DEFAULT_FROM.row + index * (DEFAULT_SIZE.rows + 1);
    return {
      from: { col: DEFAULT_FROM.col, row },
      to: { col: DEFAULT_FROM.col + DEFAULT_SIZE.cols, row: row + DEFAULT_SIZE.rows },
    };
  }
  const { from, to } = parseRange(placement);
  return {
    from: { col: Math.min(from.column, to.column), row: Math.min(from.row, to.row) },
    to: { col: Math.max(from.column, to.column) + 1, row: Math.max(from.row, to.row) + 1 },
  };
}

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const CHART_NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function corner(tag: "from" | "to", cell: AnchorCell): string {
  return (
    `<xdr:${tag}><xdr:col>${cell.col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${cell.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** CT_TwoCellAnchor: from, to, graphicFrame (nvGraphicFramePr, xfrm, graphic), clientData. */
function anchorXml(anchor: ChartAnchor): string {
  const descr =
    anchor.description === undefined ? "" : ` descr="${markupAttribute(anchor.description)}"`;
  return (
    "<xdr:twoCellAnchor>" +
    corner("from", anchor.from) +
    corner("to", anchor.to) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${anchor.id}" name="${markupAttribute(anchor.name)}"${descr}/>` +
    "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
    // Required, and ignored for an anchored frame: the anchor's cells size it.
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart ${CHART_NS} r:id="${markupAttribute(anchor.chartRelId)}"/>` +
    "</a:graphicData></a:graphic>" +
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

/** The complete drawing part holding the charts' frames, in the order given (later on top). */
export function drawingXml(anchors: readonly ChartAnchor[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr ${NS}>${anchors.map(anchorXml).join("")}</xdr:wsDr>`
  );
}
