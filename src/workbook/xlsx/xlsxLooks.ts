/**
 * The design system's looks in an .xlsx written by exceljs, which cannot name Excel's built-in cell
 * styles: each look gets the font and borders of the built-in style it stands for (sheetLook.ts),
 * in theme colours (theme 3 is the theme's second dark colour, 4 its first accent), so a firm's own
 * theme recolours them as it would the styles. No fill: a hard-coded fill would not follow a dark
 * or high-contrast theme.
 */
import type ExcelJS from "exceljs";
import type { BlockLook } from "../../core/sheets/sheetLayout";
import { HIGHLIGHT_COLOURS } from "../../core/sheets/sheetLook";

const HEADING_COLOUR = { theme: 3 } as unknown as ExcelJS.Color;
const accent = (tint: number) => ({ theme: 4, tint }) as unknown as ExcelJS.Color;
/** The theme's dark text at half strength: the grey of Explanatory Text. */
const GREY = { theme: 1, tint: 0.499984740745262 } as unknown as ExcelJS.Color;

/** What each look sets; properties it leaves out (the number format) stay as the block sets them. */
export const XLSX_LOOK: Readonly<
  Record<BlockLook, { font: Partial<ExcelJS.Font>; border?: Partial<ExcelJS.Borders> }>
> = {
  title: { font: { size: 18, color: HEADING_COLOUR, scheme: "major" } },
  subtitle: { font: { bold: true, size: 11, color: HEADING_COLOUR } },
  section: {
    font: { bold: true, size: 13, color: HEADING_COLOUR },
    border: { bottom: { style: "thick", color: accent(0.499984740745262) } },
  },
  heading: {
    font: { bold: true, size: 11, color: HEADING_COLOUR },
    border: { bottom: { style: "medium", color: accent(0.399975585192419) } },
  },
  total: {
    font: { bold: true },
    border: {
      top: { style: "thin", color: accent(0) },
      bottom: { style: "double", color: accent(0) },
    },
  },
  note: { font: { italic: true, color: GREY } },
  // The themes' red, green and orange accents, darkened to read as text.
  good: { font: { bold: true, color: { theme: 6, tint: -0.249977111117893 } as never } },
  bad: { font: { bold: true, color: { theme: 5, tint: 0 } as never } },
  neutral: { font: { bold: true, color: { theme: 9, tint: -0.249977111117893 } as never } },
};

/** A conditional format's look: the colours Office.js gives it too (HIGHLIGHT_COLOURS). */
export function highlightStyle(look: "good" | "bad" | "neutral"): Partial<ExcelJS.Style> {
  const argb = (hex: string) => `FF${hex.slice(1)}`;
  const { font, fill } = HIGHLIGHT_COLOURS[look];
  return {
    font: { color: { argb: argb(font) } },
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill) } },
  };
}
