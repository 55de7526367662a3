/**
 * A part's top-level elements (the children of its root), found and replaced as text: the schema
 * fixes their order (a `<pageSetup>` after `<pageMargins>`, `<definedNames>` after `<sheets>`…), so
 * a new one is put where the order says, and every other byte of the part stays as it was.
 */

export interface TopElement {
  /** The name without its prefix. */
  readonly local: string;
  readonly start: number;
  readonly end: number;
}

/** The root's prefix ("x:" or "") and where its children start and end. */
export function rootOf(xml: string): { prefix: string; start: number; end: number } {
  let at = xml.indexOf("<");
  while (at >= 0 && (xml[at + 1] === "?" || xml[at + 1] === "!"))
    at = xml.indexOf("<", xml.indexOf(">", at));
  if (at < 0) throw new Error("the part has no root element");
  const open = xml.indexOf(">", at);
  const name = /^<([\w.:-]+)/.exec(xml.slice(at, open))![1];
  const colon = name.indexOf(":");
  return {
    prefix: colon < 0 ? "" : name.slice(0, colon + 1),
    start: open + 1,
    end: xml.lastIndexOf(`</${name}`),
  };
}

export function topElements(xml: string): TopElement[] {
  const root = rootOf(xml);
  const out: TopElement[] = [];
  let at = xml.indexOf("<", root.start);
  while (at >= 0 && at < root.end) {
    if (xml.startsWith("<!--", at)) {
      at = xml.indexOf("<", xml.indexOf("-->", at) + 3);
      continue;
    }
    if (xml[at + 1] === "?" || xml[at + 1] === "/") {
      at = xml.indexOf("<", at + 1);
      continue;
    }
    const headEnd = xml.indexOf(">", at);
    const name = /^<([\w.:-]+)/.exec(xml.slice(at, Math.min(headEnd + 1, at + 200)))![1];
    const end =
      xml[headEnd - 1] === "/" ? headEnd + 1 : xml.indexOf(`</${name}`, headEnd) + name.length + 3;
    const close = xml.indexOf(">", end - 1);
    out.push({ local: name.replace(/^[\w.-]+:/, ""), start: at, end: close + 1 });
    at = xml.indexOf("<", close + 1);
  }
  return out;
}

/** The text of the first top-level element with this name, or null. */
export function topElement(xml: string, local: string): string | null {
  const found = topElements(xml).find((e) => e.local === local);
  return found === undefined ? null : xml.slice(found.start, found.end);
}

/**
 * The part with its top-level `local` element replaced by what `build` makes of the old one
 * (null: there was none), inserted in schema order when new, or removed when `build` gives null.
 */
export function putElement(
  xml: string,
  order: readonly string[],
  local: string,
  build: (old: string | null) => string | null
): string {
  const elements = topElements(xml);
  const found = elements.find((e) => e.local === local);
  const made = build(found === undefined ? null : xml.slice(found.start, found.end));
  if (found !== undefined) return xml.slice(0, found.start) + (made ?? "") + xml.slice(found.end);
  if (made === null) return xml;
  const rank = order.indexOf(local);
  const after = elements.find((e) => order.indexOf(e.local) > rank);
  const at = after?.start ?? rootOf(xml).end;
  return xml.slice(0, at) + made + xml.slice(at);
}

/** A start tag's attribute set to a value (added when missing). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(".", "\\.")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${value}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${value}"${tag.slice(close)}`;
}

/** The order of a worksheet's children (ECMA-376 CT_Worksheet). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** The order of a workbook's children (CT_Workbook). */
export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

/** The order of a styles part's children (CT_Stylesheet). */
export const STYLES_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** `r:id="rId3"` with the prefix the part's root declares, or declaring one of its own. */
export function relIdAttribute(xml: string, id: string): string {
  const root = xml.slice(0, rootOf(xml).start);
  const declared = new RegExp(`xmlns:([\\w.-]+)="${RELATIONSHIPS_NS}"`).exec(root);
  return declared === null
    ? `xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"`
    : `${declared[1]}:id="${id}"`;
}

/**
 * A list element (`<tableParts>`, `<drawing>`'s kin) with one more child, its `count` moved; made
 * when the part has none.
 */
export function appendChild(
  xml: string,
  order: readonly string[],
  list: string,
  child: string,
  counted = true
): string {
  const p = rootOf(xml).prefix;
  return putElement(xml, order, list, (old) => {
    if (old === null || old.endsWith("/>")) {
      const head = old === null ? `<${p}${list}>` : `${old.slice(0, -2)}>`;
      return `${counted ? withAttribute(head, "count", "1") : head}${child}</${p}${list}>`;
    }
    const headEnd = old.indexOf(">") + 1;
    const close = old.lastIndexOf("</");
    const count = (old.slice(headEnd, close).match(/<(?!\/)/g) ?? []).length + 1;
    const head = counted
      ? withAttribute(old.slice(0, headEnd), "count", String(count))
      : old.slice(0, headEnd);
    return `${head}${old.slice(headEnd, close)}${child}${old.slice(close)}`;
  });
}
