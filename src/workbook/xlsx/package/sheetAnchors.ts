/**
 * What a worksheet pins to particular cells outside its cell data: merged cells, hyperlinks,
 * comments and the ranges of other tables. A write that moves cells (a row taken out of a table)
 * or widens a table (a new column) must not pull cells from under one of these, so it asks first
 * and refuses, naming what is in the way, rather than guess where it belongs afterwards.
 */
import { parseRange } from "../../shared/a1";
import type { OpenedPackage } from "./openedPackage";
import { isType } from "./relationships";
import { sheetDataRange } from "./sheetCells";
import { elements } from "./xmlText";

/** A block of cells, zero-based and inclusive. */
export interface Box {
  readonly fromRow: number;
  readonly toRow: number;
  readonly fromColumn: number;
  readonly toColumn: number;
}

const COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

function overlaps(box: Box, ref: string): boolean {
  let range: ReturnType<typeof parseRange>;
  try {
    range = parseRange(ref);
  } catch {
    return false;
  }
  return (
    range.from.row <= box.toRow &&
    range.to.row >= box.fromRow &&
    range.from.column <= box.toColumn &&
    range.to.column >= box.fromColumn
  );
}

/** The sheet's XML after its cell data, where merges and hyperlinks are listed. */
function afterCells(pkg: OpenedPackage, sheetPart: string): string {
  const xml = pkg.bytes(sheetPart);
  if (xml === null) return "";
  const data = sheetDataRange(xml);
  return xml.toString("utf8", data === null ? 0 : data.end);
}

/**
 * What is pinned inside `box` on the sheet ("merged cells C5:D5", "a hyperlink in C7", "a comment
 * in B9", "the table Prices"), or null when nothing is. `exceptTable` is the table being changed.
 */
export function pinnedIn(
  pkg: OpenedPackage,
  sheetPart: string,
  box: Box,
  exceptTable: string | null = null
): string | null {
  const tail = afterCells(pkg, sheetPart);
  for (const { attrs } of elements(tail, "mergeCell"))
    if (attrs.ref !== undefined && overlaps(box, attrs.ref)) return `merged cells ${attrs.ref}`;
  for (const { attrs } of elements(tail, "hyperlink"))
    if (attrs.ref !== undefined && overlaps(box, attrs.ref)) return `a hyperlink in ${attrs.ref}`;
  for (const rel of pkg.relationships(sheetPart)) {
    if (rel.external || !isType(rel, COMMENTS)) continue;
    for (const { attrs } of elements(pkg.text(rel.part) ?? "", "comment"))
      if (attrs.ref !== undefined && overlaps(box, attrs.ref)) return `a comment in ${attrs.ref}`;
  }
  for (const table of pkg.tables())
    if (table.sheetPart === sheetPart && table.part !== exceptTable && overlaps(box, table.ref))
      return `the table "${table.displayName}"`;
  return null;
}
