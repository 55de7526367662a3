/**
 * The charts the package layer draws on the sheets it writes: the chart parts module's XML, with
 * the layout's own cells as each series' cache (a viewer that does not recalculate still shows
 * the data) — the cells of every layout written so far, since a dashboard's charts draw from a
 * helper sheet written just before it. A book without a theme part (as LibreOffice saves them)
 * gets the series' colours written out: a chart that leaves them to the theme prints there with
 * invisible series.
 */
import { chartSpaceXml, drawingXml, layoutCells } from "./chartParts";
import type { SheetLayout } from "../../../core/sheets/sheetLayout";
import type { OpenedPackage } from "./openedPackage";
import type { ChartRendererFor } from "./sheetCharts";

const THEME = /\/relationships\/theme$/;

export function nativeCharts(pkg: OpenedPackage): ChartRendererFor {
  const fixedColours = !pkg.workbookRels().some((r) => THEME.test(r.type));
  const written: SheetLayout[] = [];
  return (layout) => {
    written.push(layout);
    // Looked up only when a chart is drawn: most layouts (plans) have none.
    let cells: ReturnType<typeof layoutCells> | null = null;
    return {
      chartSpaceXml: (chart, sheetName) =>
        chartSpaceXml(chart, sheetName, (cells ??= layoutCells(...written)), { fixedColours }),
      drawingXml,
    };
  };
}
