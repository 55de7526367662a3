/**
 * Series colours for a book without a theme part. A chart normally names no colour at all and
 * each series takes the theme's next accent, so a firm's own theme colours its charts; but
 * LibreOffice saves books without a theme, and with none it draws such series invisible (bars
 * with no fill, lines with no stroke). For those books the colours are written out: Office's
 * default accents, the same ones the series would have taken in a new Excel book.
 */

const OFFICE_ACCENTS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"] as const;

function fill(index: number): string {
  return `<a:solidFill><a:srgbClr val="${OFFICE_ACCENTS[index % OFFICE_ACCENTS.length]}"/></a:solidFill>`;
}

/** The series' `c:spPr` (a bar's fill or a line's stroke); "" to take the theme's colour. */
export function seriesShape(index: number, line: boolean, fixed: boolean): string {
  if (!fixed) return "";
  if (line) return `<c:spPr><a:ln w="28575" cap="rnd">${fill(index)}<a:round/></a:ln></c:spPr>`;
  return `<c:spPr>${fill(index)}</c:spPr>`;
}

/** A line's markers, filled and outlined in its colour when colours are written out. */
export function seriesMarker(index: number, fixed: boolean): string {
  const shape = fixed ? `<c:spPr>${fill(index)}<a:ln>${fill(index)}</a:ln></c:spPr>` : "";
  return `<c:marker><c:symbol val="circle"/><c:size val="5"/>${shape}</c:marker>`;
}
