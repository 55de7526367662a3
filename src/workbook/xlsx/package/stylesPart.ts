/**
 * The styles part: each cell format's number format, to tell a date column, and a way to add what
 * written cells need (a number format, a font, a cell format, a named style, a dxf) when the book
 * does not have it yet. Adding appends one item to its list and moves the count; everything else
 * stays as it was, and an item equal to one already there is reused, so writing a sheet again
 * adds nothing. A package without a styles part gets a minimal one.
 */
import { isDateFormat } from "../../../core/cells/numberFormat";
import { putElement, rootOf, STYLES_ORDER, topElement, withAttribute } from "./partElements";
import { attributes, elements, escapeXml } from "./xmlText";

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
  private edited = false;

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
    const { index, changed } = this.cellXf(xf);
    return { style: index, changed };
  }

  /** Whether anything was added since the part was read: then it must be written. */
  get changed(): boolean {
    return this.edited;
  }

  /** The number format id for a format code: a built-in one, the book's own, or a new one. */
  numFmtId(code: string): number {
    const builtIn = BUILT_IN_CODES[code];
    if (builtIn !== undefined) return builtIn;
    for (const [id, existing] of this.formats) if (existing === code) return id;
    const id = Math.max(163, ...this.formats.keys()) + 1;
    this.add("numFmts", "numFmt", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.formats.set(id, code);
    return id;
  }

  /** A cell format (`<xf>` of cellXfs) equal to this one, or a new one: its index. */
  cellXf(xf: string): { index: number; changed: boolean } {
    const result = this.add("cellXfs", "xf", xf);
    if (result.changed) this.xfNumFmts.push(Number(attributes(xf).numFmtId ?? 0));
    return result;
  }

  /** The items of a list (`fonts` → each `<font>`), as their text. */
  items(list: string, item: string): string[] {
    const element = this.xml === null ? null : topElement(this.xml, list);
    if (element === null || element.endsWith("/>")) return [];
    const inner = element.slice(element.indexOf(">") + 1, element.lastIndexOf("</"));
    return elements(inner, item).map((e) => inner.slice(e.start, e.end));
  }

  /**
   * The index of an item equal to `xml` (written without a prefix) in a list, appending it (and
   * the list, where the part has none) when the book has no such item. Equal text means equal
   * item, so running again finds what the last run added instead of adding it twice.
   */
  add(list: string, item: string, xml: string): { index: number; changed: boolean } {
    if (this.xml === null) {
      this.xml = minimalStyles();
      this.xfNumFmts.push(0);
      this.edited = true;
    }
    const p = rootOf(this.xml).prefix;
    const prefixed = withPrefix(xml, p);
    const existing = this.items(list, item);
    const found = existing.indexOf(prefixed);
    if (found >= 0) return { index: found, changed: false };
    const count = existing.length + 1;
    this.xml = putElement(this.xml, STYLES_ORDER, list, (old) => {
      if (old === null || old.endsWith("/>"))
        return `<${p}${list} count="1">${prefixed}</${p}${list}>`;
      const headEnd = old.indexOf(">") + 1;
      const head = withAttribute(old.slice(0, headEnd), "count", String(count));
      const close = old.lastIndexOf("</");
      return `${head}${old.slice(headEnd, close)}${prefixed}${old.slice(close)}`;
    });
    this.edited = true;
    return { index: count - 1, changed: true };
  }
}

/** Number formats every spreadsheet knows by id (ECMA-376 18.8.30) that the sheets use. */
const BUILT_IN_CODES: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** `<font><b/></font>` as `<x:font><x:b/></x:font>` for a part whose root has a prefix. */
function withPrefix(xml: string, prefix: string): string {
  return prefix === "" ? xml : xml.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`);
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
