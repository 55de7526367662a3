/**
 * The little XML the package layer needs: attributes of one start tag, text with entities, and
 * OOXML's `_xHHHH_` escapes for characters XML cannot carry. Parts are read and patched as text
 * so that everything the layer does not understand passes through exactly as it was.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (all, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? all;
  });
}

/** Cell text as stored: entities, then `_xHHHH_` (with `_x005F_` escaping a literal "_x"). */
export function cellText(raw: string): string {
  const text = unescapeXml(raw);
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"
  );
}

/** Text for a cell: characters XML 1.0 forbids become `_xHHHH_`, a literal "_xHHHH_" is kept. */
export function escapeCellText(text: string): string {
  const kept = text.replace(/_x([0-9a-fA-F]{4})_/g, "_x005F_x$1_");
  const safe = kept.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`
  );
  return escapeXml(safe);
}

/** The attributes of a start tag's text (after the name), prefixes dropped: `r:id` → `id`. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pattern = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = pattern.exec(tag); m !== null; m = pattern.exec(tag)) {
    const name = m[1].includes(":") && !m[1].startsWith("xmlns") ? m[1].split(":")[1] : m[1];
    if (!(name in out)) out[name] = unescapeXml(m[2] ?? m[3]);
  }
  return out;
}

/** Every element `name` (any prefix) as [start-tag attributes, inner text, start, end]. */
export function elements(
  xml: string,
  name: string
): { attrs: Record<string, string>; inner: string; start: number; end: number }[] {
  const pattern = new RegExp(
    `<((?:[\\w.-]+:)?${name})(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</\\1\\s*>)`,
    "g"
  );
  const out = [];
  for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml))
    out.push({
      attrs: attributes(m[2]),
      inner: m[3] ?? "",
      start: m.index,
      end: m.index + m[0].length,
    });
  return out;
}

/** The prefix ("x:" or "") the part's root uses for its own elements, to write new ones alike. */
export function prefixOf(xml: string, name: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${name}[\\s/>]`).exec(xml);
  return m?.[1] ?? "";
}
