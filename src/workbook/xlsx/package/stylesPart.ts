/**
 * The styles part as far as dates and text need it: each cell format's number format, to tell a
 * date column, and a way to add one cell format (a date, or text "@") when a written cell needs
 * one the book does not have yet. Adding appends one `<xf>` and moves the count; fonts, fills,
 * borders, named styles, dxfs and the rest stay as they were. A package without a styles part
 * gets a minimal one.
 */
import { isDateFormat } from "../../../core/cells/numberFormat";
import { attributes, elements, prefixOf } from "./xmlText";

/** Built-in number formats that are dates or times (ECMA-376 18.8.30 and the East Asian ones). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);
export const DATE_NUMFMT_ID = 14;
export const TEXT_NUMFMT_ID = 49;

export class StylesPart {
  private readonly formats = new Map<number, string>();
  private readonly xfNumFmts: number[] = [];

  constructor(private xml: string | null) {
    if (xml === null) return;
    for (const { attrs } of elements(xml, "numFmt"))
      this.formats.set(Number(attrs.numFmtId), attrs.formatCode ?? "");
    const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml);
    if (cellXfs !== null)
      for (const { attrs } of elements(cellXfs[1], "xf"))
        this.xfNumFmts.push(Number(attrs.numFmtId ?? 0));
  }

  get text(): string | null {
    return this.xml;
  }

  numFmtIdOf(style: number): number {
    return this.xfNumFmts[style] ?? 0;
  }

  isDate(style: number | undefined): boolean {
    if (style === undefined) return false;
    const id = this.numFmtIdOf(style);
    return BUILT_IN_DATES.has(id) || (this.formats.has(id) && isDateFormat(this.formats.get(id)));
  }

  isText(style: number | undefined): boolean {
    return style !== undefined && this.numFmtIdOf(style) === TEXT_NUMFMT_ID;
  }

  /** The first cell format that shows a date, or null. */
  firstDateStyle(): number | null {
    const found = this.xfNumFmts.findIndex((_, i) => this.isDate(i));
    return found < 0 ? null : found;
  }

  /** A cell format with this built-in number format: an existing plain one, or a new one. */
  styleWith(numFmtId: number): { style: number; changed: boolean } {
    const found = this.xfNumFmts.indexOf(numFmtId);
    if (found >= 0) return { style: found, changed: false };
    const xf = `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    if (this.xml === null) {
      this.xml = minimalStyles();
      this.xfNumFmts.push(0);
      if (numFmtId === 0) return { style: 0, changed: true };
    }
    const p = prefixOf(this.xml, "cellXfs");
    const match = /<((?:[\w.-]+:)?cellXfs)\b([^>]*)>([\s\S]*?)<\/\1>/.exec(this.xml);
    if (match === null) throw new Error("the styles part has no cell formats");
    const count = this.xfNumFmts.length + 1;
    const attrs = attributes(match[2]);
    const open = `<${match[1]}${"count" in attrs ? match[2].replace(/count="\d+"/, `count="${count}"`) : `${match[2]} count="${count}"`}>`;
    const rebuilt = `${open}${match[3]}${xf.replace("<xf", `<${p}xf`)}</${match[1]}>`;
    this.xml =
      this.xml.slice(0, match.index) + rebuilt + this.xml.slice(match.index + match[0].length);
    this.xfNumFmts.push(numFmtId);
    return { style: count - 1, changed: true };
  }
}

function minimalStyles(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}
