/**
 * The design system's looks as Excel defines its built-in cell styles, so that a file written here
 * shows them as a workbook made in Excel does: the headings and the title take the theme's fonts
 * and colours (`scheme`, `theme`), never a fixed colour, so a firm's own theme restyles them. Good,
 * Bad and Neutral are the exception: Excel's own definitions of them are fixed colours, and so are
 * its conditional-format presets of the same names (the dxfs here).
 */
import type { BlockLook } from "../../../core/sheets/sheetLayout";

export interface LookParts {
  readonly font: string;
  /** `<fill>`; omitted: the book's first fill (none). */
  readonly fill?: string;
  /** `<border>`; omitted: the book's first border (none). */
  readonly border?: string;
}

const MINOR = `<name val="Calibri"/><family val="2"/><scheme val="minor"/>`;
const MAJOR = `<name val="Calibri Light"/><family val="2"/><scheme val="major"/>`;

function font(inner: string, size: number, colour: string, face = MINOR): string {
  return `<font>${inner}<sz val="${size}"/>${colour}${face}</font>`;
}

function bottom(style: string, tint: string): string {
  return `<border><left/><right/><top/><bottom style="${style}"><color theme="4" tint="${tint}"/></bottom><diagonal/></border>`;
}

function solid(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** Theme colour 3 is the dark text/background 2 Excel's headings use; 1 the text colour. */
const HEADING = `<color theme="3"/>`;

export const LOOK_PARTS: Readonly<Record<BlockLook, LookParts>> = {
  title: { font: font("", 18, HEADING, MAJOR) },
  subtitle: { font: font("<b/>", 11, HEADING) },
  section: { font: font("<b/>", 13, HEADING), border: bottom("thick", "0.499984740745262") },
  heading: { font: font("<b/>", 11, HEADING), border: bottom("medium", "0.39997558519241921") },
  total: {
    font: font("<b/>", 11, `<color theme="1"/>`),
    border:
      `<border><left/><right/><top style="thin"><color theme="4"/></top>` +
      `<bottom style="double"><color theme="4"/></bottom><diagonal/></border>`,
  },
  // Excel's is a fixed grey (7F7F7F); half the theme's text colour is the same grey on the
  // default theme and follows a dark one.
  note: { font: font("<i/>", 11, `<color theme="1" tint="0.499984740745262"/>`) },
  good: { font: font("", 11, `<color rgb="FF006100"/>`), fill: solid("FFC6EFCE") },
  bad: { font: font("", 11, `<color rgb="FF9C0006"/>`), fill: solid("FFFFC7CE") },
  neutral: { font: font("", 11, `<color rgb="FF9C5700"/>`), fill: solid("FFFFEB9C") },
};

/** A conditional format's look: Excel's presets "Green Fill with Dark Green Text" and kin. */
export function lookDxf(look: "good" | "bad" | "neutral"): string {
  const [text, fill] =
    look === "good"
      ? ["FF006100", "FFC6EFCE"]
      : look === "bad"
        ? ["FF9C0006", "FFFFC7CE"]
        : ["FF9C5700", "FFFFEB9C"];
  return `<dxf><font><color rgb="${text}"/></font><fill><patternFill><bgColor rgb="${fill}"/></patternFill></fill></dxf>`;
}
