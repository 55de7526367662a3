/**
 * Native charts in a package: the parts a sheet's charts take and how they are tied together.
 * A worksheet has one drawing (`<drawing r:id>` in the sheet, a `drawing` relationship from the
 * sheet's rels); the drawing places each chart (`drawingXml`, a `chart` relationship from the
 * drawing's rels to each chart part); each chart part draws its series from ranges of the book
 * (`chartSpaceXml`). Everything here is pure text in, text out: the package layer names the parts.
 */
export { chartSpaceXml, type ChartOptions } from "./chartXml";
export { anchorOf, drawingXml, type AnchorCell, type ChartAnchor } from "./drawingXml";
export { layoutCells, type ChartCell, type ChartCells } from "./chartCells";

/** Content types of the new parts, for `[Content_Types].xml` Overrides. */
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Relationship types: sheet → drawing, drawing → chart. */
export const DRAWING_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const CHART_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
