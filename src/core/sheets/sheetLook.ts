/**
 * The design system's looks as Excel's built-in cell styles. Office.js applies a style by its name
 * (`range.style`); an .xlsx names it in `cellStyles` by `builtinId` (ECMA-376 §18.8.7), and the
 * writer gives it the theme-coloured font, fill and border Excel itself would. Either way the
 * colours are the theme's, so Office's dark and high-contrast themes keep the sheets readable.
 */
import type { BlockLook } from "./sheetLayout";

export interface BuiltInStyle {
  /** The name Excel knows it by (English; Office.js takes the built-in names in any locale). */
  readonly name: string;
  readonly builtinId: number;
}

export const BUILT_IN_STYLE: Readonly<Record<BlockLook, BuiltInStyle>> = {
  title: { name: "Title", builtinId: 15 },
  subtitle: { name: "Heading 4", builtinId: 19 },
  section: { name: "Heading 2", builtinId: 17 },
  heading: { name: "Heading 3", builtinId: 18 },
  total: { name: "Total", builtinId: 25 },
  note: { name: "Explanatory Text", builtinId: 53 },
  good: { name: "Good", builtinId: 26 },
  bad: { name: "Bad", builtinId: 27 },
  neutral: { name: "Neutral", builtinId: 28 },
};

/** Number formats the sheets share, so money, counts, shares and dates read alike everywhere. */
export const NUMBER_FORMAT = {
  text: "@",
  money: "#,##0",
  count: "#,##0",
  decimal: "#,##0.0",
  percent: "0%",
  date: "yyyy-mm-dd",
} as const;

/**
 * The colours of a conditional format's look. Conditional formats cannot name a cell style, so they
 * take the colours of Excel's own Good, Bad and Neutral styles (which are fixed colours in every
 * theme, not theme colours): the same pair Excel's "Light Red Fill with Dark Red Text" preset uses.
 */
export const HIGHLIGHT_COLOURS: Readonly<
  Record<"good" | "bad" | "neutral", { readonly font: string; readonly fill: string }>
> = {
  good: { font: "#006100", fill: "#C6EFCE" },
  bad: { font: "#9C0006", fill: "#FFC7CE" },
  neutral: { font: "#9C5700", fill: "#FFEB9C" },
};
