/**
 * `docProps/app.xml`, where a package lists its sheets for file browsers and document panels
 * (TitlesOfParts, counted under HeadingPairs' "Worksheets"). A sheet added by the command line is
 * listed there too; a package without the part, or one that lists its sheets under another
 * heading (a localised one), is left as it is rather than guessed at.
 */
import type { OpenedPackage } from "./openedPackage";
import { isType } from "./relationships";
import { escapeXml } from "./xmlText";

const EXTENDED =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";

/** The app properties with `sheet` listed after the other worksheets, or null when not listed. */
export function withSheetListed(xml: string, sheet: string): string | null {
  const pairs = /<((?:[\w.-]+:)?HeadingPairs)>([\s\S]*?)<\/\1>/.exec(xml);
  const titles = /<((?:[\w.-]+:)?TitlesOfParts)>([\s\S]*?)<\/\1>/.exec(xml);
  if (pairs === null || titles === null) return null;
  const vt = /<([\w.-]+:)?vector\b/.exec(titles[2])?.[1] ?? "";
  const variants = [
    ...pairs[2].matchAll(
      /<(?:[\w.-]+:)?variant>\s*<(?:[\w.-]+:)?lpstr>([^<]*)<\/(?:[\w.-]+:)?lpstr>\s*<\/(?:[\w.-]+:)?variant>\s*<(?:[\w.-]+:)?variant>\s*(<(?:[\w.-]+:)?i4>)(\d+)(<\/(?:[\w.-]+:)?i4>)/g
    ),
  ];
  let before = 0;
  const index = variants.findIndex((v) => {
    if (v[1] === "Worksheets") return true;
    before += Number(v[3]);
    return false;
  });
  if (index < 0) return null;
  const count = variants[index];
  const listed = Number(count[3]);
  const countAt = pairs.index + pairs[0].indexOf(pairs[2]) + count.index! + count[0].length;
  const countText = `${count[2]}${listed + 1}${count[4]}`;
  const oldCount = `${count[2]}${count[3]}${count[4]}`;
  // Titles: the new name after the last worksheet's, the vector's size one more.
  const titleStart = titles.index + titles[0].indexOf(titles[2]);
  const entries = [...titles[2].matchAll(/<(?:[\w.-]+:)?lpstr>[^<]*<\/(?:[\w.-]+:)?lpstr>/g)];
  const after = entries[before + listed - 1];
  const insertAt =
    titleStart +
    (after === undefined
      ? titles[2].indexOf(">", titles[2].search(/<(?:[\w.-]+:)?vector\b/)) + 1
      : after.index! + after[0].length);
  const entry = `<${vt}lpstr>${escapeXml(sheet)}</${vt}lpstr>`;
  const sized = (text: string) =>
    text.replace(
      /(<(?:[\w.-]+:)?vector\b[^>]*\bsize=")(\d+)"/,
      (_, a, n) => `${a}${Number(n) + 1}"`
    );
  // Edit from the end of the text backwards so earlier offsets stay valid.
  const edits = [
    { at: insertAt, remove: 0, text: entry },
    { at: countAt - oldCount.length, remove: oldCount.length, text: countText },
  ].sort((a, b) => b.at - a.at);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.at + e.remove);
  const newTitles = /<((?:[\w.-]+:)?TitlesOfParts)>([\s\S]*?)<\/\1>/.exec(out)!;
  return out.replace(newTitles[0], sized(newTitles[0]));
}

/** Lists a newly added sheet in the package's app properties, when it has them. */
export function listSheetInAppProperties(pkg: OpenedPackage, sheet: string): void {
  const rel = pkg.relationships("").find((r) => isType(r, EXTENDED) && !r.external);
  const xml = rel === undefined ? null : pkg.text(rel.part);
  if (rel === undefined || xml === null) return;
  const listed = withSheetListed(xml, sheet);
  if (listed !== null) pkg.set(rel.part, listed);
}
