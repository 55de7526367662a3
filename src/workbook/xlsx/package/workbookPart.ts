/**
 * What the command line needs from the workbook part (xl/workbook.xml or wherever the package
 * puts it): the sheets in order with their relationship ids and visibility, the defined names,
 * the date system and the sheet Excel opens on. Adding a sheet adds one `<sheet>` element and
 * leaves the rest of the part (names, protection, views, calculation settings…) as it was.
 */
import { attributes, elements, escapeXml, prefixOf } from "./xmlText";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: string;
}

export interface DefinedName {
  readonly name: string;
  /** The sheet index it is scoped to, or null for a workbook-wide name. */
  readonly localSheetId: number | null;
  readonly formula: string;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  readonly names: readonly DefinedName[];
  readonly date1904: boolean;
  readonly activeTab: number;
}

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function parseWorkbook(xml: string): WorkbookInfo {
  const sheets = elements(xml, "sheet").map(({ attrs }) => ({
    name: attrs.name ?? "",
    sheetId: Number(attrs.sheetId ?? 0),
    relId: attrs.id ?? "",
    state: attrs.state ?? "visible",
  }));
  const names = elements(xml, "definedName").map(({ attrs, inner }) => ({
    name: attrs.name ?? "",
    localSheetId: attrs.localSheetId === undefined ? null : Number(attrs.localSheetId),
    formula: unescapeFormula(inner),
  }));
  const pr = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/.exec(xml);
  const date1904 = pr !== null && /^(1|true)$/i.test(attributes(pr[1]).date1904 ?? "");
  const view = /<(?:[\w.-]+:)?workbookView\b([^>]*)>/.exec(xml);
  const activeTab = view === null ? 0 : Number(attributes(view[1]).activeTab ?? 0);
  return { sheets, names, date1904, activeTab };
}

function unescapeFormula(inner: string): string {
  return inner
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The workbook part with one more sheet at the end of the sheet list. */
export function addSheetElement(
  xml: string,
  name: string,
  sheetId: number,
  relId: string,
  hidden = false
): string {
  const p = prefixOf(xml, "sheets");
  // Only a prefix declared on the root is in scope for a new element (openpyxl declares it on
  // each <sheet> instead).
  const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? "";
  const declared = new RegExp(`xmlns:([\\w.-]+)="${RELATIONSHIPS_NS}"`).exec(root);
  const idAttribute =
    declared === null
      ? `r:id="${relId}" xmlns:r="${RELATIONSHIPS_NS}"`
      : `${declared[1]}:id="${relId}"`;
  const element = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${hidden ? ' state="hidden"' : ""} ${idAttribute}/>`;
  const close = xml.indexOf(`</${p}sheets>`);
  if (close < 0) throw new Error("the workbook part has no sheet list");
  return `${xml.slice(0, close)}${element}${xml.slice(close)}`;
}
