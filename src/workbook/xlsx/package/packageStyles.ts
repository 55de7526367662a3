/**
 * Cell formats a write needs, found in the package's styles part or added to it: the part is
 * written back (and made, with its relationship and content type, when the package had none) only
 * when a format was added.
 */
import type { OpenedPackage } from "./openedPackage";
import { TYPE } from "./contentTypes";
import { REL } from "./relationships";
import { DATE_NUMFMT_ID } from "./stylesPart";

/** A cell format with this built-in number format (an existing plain one, or a new one). */
export function ensureStyle(pkg: OpenedPackage, numFmtId: number): number {
  const { style, changed } = pkg.styles().styleWith(numFmtId);
  if (changed) writeStylesPart(pkg);
  return style;
}

/** Writes the styles part when cells needed something new in it (made when the book had none). */
export function saveStyles(pkg: OpenedPackage): void {
  if (pkg.styles().changed) writeStylesPart(pkg);
}

function writeStylesPart(pkg: OpenedPackage): void {
  let part = pkg.stylesPartName();
  if (part === null) {
    part = `${pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf("/") + 1)}styles.xml`;
    pkg.addContentType(part, TYPE.styles);
    pkg.relate(pkg.workbookPart, REL.styles, part);
  }
  pkg.set(part, pkg.styles().text!);
}

/** The book's own date format when it has one, so new dates look like the others. */
export function dateStyle(pkg: OpenedPackage): number {
  return pkg.styles().firstDateStyle() ?? ensureStyle(pkg, DATE_NUMFMT_ID);
}
