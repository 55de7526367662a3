/**
 * What the command line needs from the workbook part (xl/workbook.xml or wherever the package
 * puts it): the sheets in order with their relationship ids and visibility, the defined names,
 * the date system and the sheet Excel opens on. Adding a sheet adds one `<sheet>` element, setting
 * a name replaces that name only, and the rest of the part (other names, protection, views,
 * calculation settings…) stays as it was.
 */
import { putElement, rootOf, topElement, withAttribute, WORKBOOK_ORDER } from "./partElements";
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
  const names = parseDefinedNames(xml);
  const pr = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/.exec(xml);
  const date1904 = pr !== null && /^(1|true)$/i.test(attributes(pr[1]).date1904 ?? "");
  const view = /<(?:[\w.-]+:)?workbookView\b([^>]*)>/.exec(xml);
  const activeTab = view === null ? 0 : Number(attributes(view[1]).activeTab ?? 0);
  return { sheets, names, date1904, activeTab };
}

/** The defined names alone: what a rewrite of the names changes. */
export function parseDefinedNames(xml: string): DefinedName[] {
  const list = topElement(xml, "definedNames");
  return list === null
    ? []
    : elements(list, "definedName").map(({ attrs, inner }) => ({
        name: attrs.name ?? "",
        localSheetId: attrs.localSheetId === undefined ? null : Number(attrs.localSheetId),
        formula: unescapeFormula(inner),
      }));
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

/** A reference to cells of a sheet as a defined name holds it: `'Plan Ames'!$A$1:$H$126`. */
export function sheetReference(sheet: string, address: string): string {
  const absolute = address.replace(/([A-Z]+)?(\d+)?/g, (all, column?: string, row?: string) =>
    all === ""
      ? ""
      : `${column === undefined ? "" : `$${column}`}${row === undefined ? "" : `$${row}`}`
  );
  return `'${sheet.replace(/'/g, "''")}'!${absolute}`;
}

export interface NameToSet {
  readonly name: string;
  /** The sheet index (0-based) a sheet-level name belongs to; null for a workbook-wide name. */
  readonly localSheetId: number | null;
  readonly formula: string;
}

/**
 * The workbook part with these names set: a name of the same scope (ignoring case) is replaced,
 * every other name (sheet-level, hidden, constants, OFFSET…) stays exactly as it was.
 */
export function setDefinedNames(xml: string, names: readonly NameToSet[]): string {
  if (names.length === 0) return xml;
  const p = rootOf(xml).prefix;
  const replaced = (attrs: Record<string, string>) =>
    names.some(
      (n) =>
        n.name.toLowerCase() === (attrs.name ?? "").toLowerCase() &&
        n.localSheetId === (attrs.localSheetId === undefined ? null : Number(attrs.localSheetId))
    );
  return putElement(xml, WORKBOOK_ORDER, "definedNames", (old) => {
    const kept =
      old === null
        ? []
        : elements(old, "definedName")
            .filter((d) => !replaced(d.attrs))
            .map((d) => old.slice(d.start, d.end));
    const added = names.map(
      (n) =>
        `<${p}definedName name="${escapeXml(n.name)}"${n.localSheetId === null ? "" : ` localSheetId="${n.localSheetId}"`}>${escapeXml(n.formula)}</${p}definedName>`
    );
    return `<${p}definedNames>${[...kept, ...added].join("")}</${p}definedNames>`;
  });
}

/** The workbook part with the named sheet hidden (its tab gone, the sheet kept). */
export function hideSheetElement(xml: string, name: string): string {
  const sheet = elements(xml, "sheet").find((s) => s.attrs.name === name);
  if (sheet === undefined || sheet.attrs.state === "hidden") return xml;
  const head = xml.slice(sheet.start, xml.indexOf(">", sheet.start) + 1);
  return (
    xml.slice(0, sheet.start) +
    withAttribute(head, "state", "hidden") +
    xml.slice(sheet.start + head.length)
  );
}

/**
 * Formulas written without a cached value are computed when the file is opened: Excel is told to
 * recalculate everything on load (other programs always do).
 */
export function calculateOnLoad(xml: string): string {
  const p = rootOf(xml).prefix;
  return putElement(xml, WORKBOOK_ORDER, "calcPr", (old) =>
    withAttribute(old ?? `<${p}calcPr/>`, "fullCalcOnLoad", "1")
  );
}
