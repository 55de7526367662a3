/**
 * Relationships between parts (`_rels/*.rels`): each target resolved to a part name in the zip,
 * whether written relative to the source part ("worksheets/sheet1.xml", "../tables/table1.xml")
 * or absolute ("/xl/tables/table1.xml", as openpyxl writes them). External targets stay as given.
 */
import { elements, escapeXml } from "./xmlText";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The zip entry name for internal targets ("xl/worksheets/sheet1.xml"). */
  readonly part: string;
  readonly external: boolean;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is a literal character of the name.
  }
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const piece of decoded.split("/")) {
    if (piece === "" || piece === ".") continue;
    if (piece === "..") base.pop();
    else base.push(piece);
  }
  return base.join("/");
}

export function parseRelationships(source: string, xml: string | null): Relationship[] {
  if (xml === null) return [];
  return elements(xml, "Relationship").map(({ attrs }) => {
    const external = (attrs.TargetMode ?? "").toLowerCase() === "external";
    return {
      id: attrs.Id ?? "",
      type: attrs.Type ?? "",
      part: external ? (attrs.Target ?? "") : resolveTarget(source, attrs.Target ?? ""),
      external,
    };
  });
}

/** The relative target written for a new relationship from `source` to `part`. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** A rels part with one more relationship, given a free id; made from nothing when absent. */
export function addRelationship(
  xml: string | null,
  id: string,
  type: string,
  target: string
): string {
  const element = `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  if (xml === null)
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${element}</Relationships>`;
  const close = xml.lastIndexOf("</Relationships>");
  if (close >= 0) return `${xml.slice(0, close)}${element}${xml.slice(close)}`;
  return xml.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${element}</Relationships>`);
}

export function freeRelationshipId(relationships: readonly Relationship[]): string {
  const used = new Set(relationships.map((r) => r.id));
  let n = relationships.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export const REL = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
} as const;

/** Relationship types are matched by their last word: Strict packages use another namespace. */
export function isType(relationship: Relationship, type: string): boolean {
  return relationship.type.split("/").pop() === type.split("/").pop();
}
