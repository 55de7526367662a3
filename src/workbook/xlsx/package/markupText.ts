/**
 * User text (a chart's title, a series' or a sheet's name) as XML character data or a
 * double-quoted attribute value. A chart part is a whole new part, not cell text, so characters
 * XML 1.0 cannot carry (control characters, lone surrogates) are dropped rather than written as
 * SpreadsheetML's `_xHHHH_`: a title is for reading, and a part that does not parse loses the
 * whole book in Excel.
 */
import { escapeXml } from "./xmlText";

const UNWRITABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function markupText(text: string): string {
  return escapeXml(text.replace(UNWRITABLE, ""));
}

/**
 * Text for an attribute value. A parser turns a literal tab or line break in an attribute into a
 * space; written as character references they read back as themselves, so a chart's name (the
 * add-in's hold on it) comes back exactly as it was written.
 */
export function markupAttribute(text: string): string {
  return markupText(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
