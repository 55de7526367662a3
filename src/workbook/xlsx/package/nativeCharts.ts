/**
 * The charts the package layer draws on the sheets it writes: the chart parts module's XML, with
 * the layout's own cells as each series' cache (a viewer that does not recalculate still shows
 * the data). A book without a theme part — as LibreOffice saves them — gets the series' colours
 * written out, since a chart that leaves them to the theme prints there with invisible series.
 */
import { chartSpaceXml, drawingXml, layoutCells } from "./chartParts";
import type { OpenedPackage } from "./openedPackage";
import type { ChartRendererFor } from "./sheetCharts";

const THEME = /\/relationships\/theme$/;

export function nativeCharts(pkg: OpenedPackage): ChartRendererFor {
  const fixedColours = !pkg.workbookRels().some((r) => THEME.test(r.type));
  return (layout) => {
    const cells = layoutCells(layout);
    return {
      chartSpaceXml: (chart, sheetName) => chartSpaceXml(chart, sheetName, cells, { fixedColours }),
      drawingXml,
    };
  };
}
