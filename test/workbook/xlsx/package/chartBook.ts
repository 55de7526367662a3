/**
 * A small .xlsx built by hand around the chart parts, without the package layer's sheet writer:
 * one sheet of numbers, one drawing, one chart part per SheetChart. The parts beside the charts
 * are the fewest a book needs to open in Excel, openpyxl and LibreOffice.
 */
import { readFileSync } from "node:fs";
import { escapeXml } from "../../../../src/workbook/xlsx/package/xmlText";
import {
  CHART_CONTENT_TYPE,
  CHART_RELATIONSHIP,
  DRAWING_CONTENT_TYPE,
  DRAWING_RELATIONSHIP,
  anchorOf,
  chartSpaceXml,
  drawingXml,
  type ChartCells,
} from "../../../../src/workbook/xlsx/package/chartParts";
import { ZipArchive } from "../../../../src/workbook/xlsx/package/zipArchive";
import type { SheetChart } from "../../../../src/workbook/workbookPort";
import { cellName } from "../../../../src/workbook/shared/a1";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Office's default theme, as Excel, exceljs and openpyxl write one (LibreOffice does not). */
const THEME = readFileSync(require.resolve("exceljs/lib/xlsx/xml/theme1.xml"), "utf8");

/** An empty zip: the end-of-directory record alone, for ZipArchive to add entries to. */
function emptyZip(): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  return end;
}

function rels(targets: readonly { id: string; type: string; target: string }[]): string {
  const each = targets.map(
    (t) => `<Relationship Id="${t.id}" Type="${t.type}" Target="${escapeXml(t.target)}"/>`
  );
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${each.join("")}</Relationships>`;
}

function sheetXml(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row, r) => {
    const each = row.map((value, c) => {
      const ref = cellName({ row: r, column: c });
      return typeof value === "number"
        ? `<c r="${ref}"><v>${value}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${each.join("")}</row>`;
  });
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL_NS}">` +
    // Printed on one page, so a chart is never cut by a page break in a render.
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<sheetData>${cells.join("")}</sheetData>` +
    '<pageMargins left="0.5" right="0.5" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>' +
    '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="1"/>' +
    '<drawing r:id="rId1"/></worksheet>'
  );
}

/** The rows as a lookup for the caches, as the sheet holds them (from A1). */
export function rowsCells(
  sheetName: string,
  rows: readonly (readonly (string | number)[])[]
): ChartCells {
  return (sheet, address) => {
    if (sheet !== sheetName) return undefined;
    for (let r = 0; r < rows.length; r++)
      for (let c = 0; c < rows[r].length; c++)
        if (cellName({ row: r, column: c }) === address) return { value: rows[r][c] };
    return undefined;
  };
}

/**
 * The .xlsx bytes: `rows` on a sheet named `sheetName` and the charts over it; without a theme
 * part, as LibreOffice saves a book, when `withTheme` is false.
 */
export function chartBook(
  sheetName: string,
  rows: readonly (readonly (string | number)[])[],
  charts: readonly SheetChart[],
  cells?: ChartCells,
  withTheme = true
): Buffer {
  const parts = new Map<string, string>();
  parts.set(
    "[Content_Types].xml",
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      (withTheme
        ? '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
        : "") +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_CONTENT_TYPE}"/>` +
      charts
        .map(
          (_, i) =>
            `<Override PartName="/xl/charts/chart${i + 1}.xml" ContentType="${CHART_CONTENT_TYPE}"/>`
        )
        .join("") +
      "</Types>"
  );
  parts.set(
    "_rels/.rels",
    rels([{ id: "rId1", type: `${REL_NS}/officeDocument`, target: "xl/workbook.xml" }])
  );
  parts.set(
    "xl/workbook.xml",
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL_NS}"><sheets>` +
      `<sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  parts.set(
    "xl/_rels/workbook.xml.rels",
    rels([
      { id: "rId1", type: `${REL_NS}/worksheet`, target: "worksheets/sheet1.xml" },
      ...(withTheme ? [{ id: "rId2", type: `${REL_NS}/theme`, target: "theme/theme1.xml" }] : []),
    ])
  );
  if (withTheme) parts.set("xl/theme/theme1.xml", THEME);
  parts.set("xl/worksheets/sheet1.xml", sheetXml(rows));
  parts.set(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels([{ id: "rId1", type: DRAWING_RELATIONSHIP, target: "../drawings/drawing1.xml" }])
  );
  parts.set(
    "xl/drawings/drawing1.xml",
    drawingXml(
      charts.map((chart, i) => ({
        chartRelId: `rId${i + 1}`,
        name: chart.name,
        id: i + 2,
        description: chart.title,
        ...anchorOf(chart.placement, i),
      }))
    )
  );
  parts.set(
    "xl/drawings/_rels/drawing1.xml.rels",
    rels(
      charts.map((_, i) => ({
        id: `rId${i + 1}`,
        type: CHART_RELATIONSHIP,
        target: `../charts/chart${i + 1}.xml`,
      }))
    )
  );
  charts.forEach((chart, i) =>
    parts.set(
      `xl/charts/chart${i + 1}.xml`,
      // As the package layer does: colours written out where the book has no theme to take.
      chartSpaceXml(chart, sheetName, cells, { fixedColours: !withTheme })
    )
  );
  const changes = new Map([...parts].map(([name, xml]) => [name, Buffer.from(xml, "utf8")]));
  return ZipArchive.read(emptyZip()).write(changes);
}
