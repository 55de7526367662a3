/**
 * An owned sheet's blocks written as Excel tables: a new table part (its relationship from the
 * sheet, its content type, the sheet's `<tableParts>`), or, when the sheet was written before, the
 * table of that name kept (its id, name, filters and extensions) and moved to the block's range.
 */
import type { TableStyle } from "../../../core/sheets/sheetLayout";
import { cellName, type CellRef } from "../../shared/a1";
import { TYPE } from "./contentTypes";
import { freePart } from "./newSheet";
import type { OpenedPackage } from "./openedPackage";
import {
  appendChild,
  relIdAttribute,
  rootOf,
  withAttribute,
  WORKSHEET_ORDER,
} from "./partElements";
import { REL } from "./relationships";
import { escapeXml } from "./xmlText";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export interface BlockTableAt {
  readonly name: string;
  readonly style: TableStyle;
  readonly from: CellRef;
  readonly to: CellRef;
  /** The header row's cells, as written: unique and never blank. */
  readonly headers: readonly string[];
}

function columnsXml(p: string, headers: readonly string[]): string {
  const columns = headers
    .map((h, i) => `<${p}tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`)
    .join("");
  return `<${p}tableColumns count="${headers.length}">${columns}</${p}tableColumns>`;
}

function styleXml(p: string, style: TableStyle): string {
  return `<${p}tableStyleInfo name="${style}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>`;
}

/** A table part moved to the block: its range, columns and style; everything else as it was. */
function resized(xml: string, table: BlockTableAt, ref: string): string {
  const p = /<([\w.-]+:)?table\b/.exec(xml)?.[1] ?? "";
  let out = xml.replace(/<(?:[\w.-]+:)?table\b[^>]*>/, (head) => withAttribute(head, "ref", ref));
  out = out.replace(/<(?:[\w.-]+:)?autoFilter\b[^>]*?\/?>/, (head) =>
    withAttribute(head, "ref", ref)
  );
  const names = [...out.matchAll(/<(?:[\w.-]+:)?tableColumn\b[^>]*?\bname="([^"]*)"/g)].map(
    (m) => m[1]
  );
  if (names.join("\u0000") !== table.headers.map(escapeXml).join("\u0000"))
    out = out.replace(/<((?:[\w.-]+:)?tableColumns)\b[\s\S]*?<\/\1>/, columnsXml(p, table.headers));
  return out.replace(/<(?:[\w.-]+:)?tableStyleInfo\b[^>]*?\/>/, styleXml(p, table.style));
}

/** A name no other table or defined name of the workbook has ("RH_Tiers", else "RH_Tiers2"…). */
function freeName(taken: readonly string[], name: string): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  let free = name;
  for (let n = 2; lower.has(free.toLowerCase()); n++) free = `${name}${n}`;
  return free;
}

/** Writes the tables; returns the sheet's XML with any new `<tablePart>`. */
export function writeTables(
  pkg: OpenedPackage,
  sheetPart: string,
  sheetXml: string,
  tables: readonly BlockTableAt[],
  /** Names the same write defines too. */
  names: readonly string[]
): string {
  let xml = sheetXml;
  for (const table of tables) {
    // A table is at least a header and one row: an empty block still gets a row to fill in.
    const to = { row: Math.max(table.to.row, table.from.row + 1), column: table.to.column };
    const ref = `${cellName(table.from)}:${cellName(to)}`;
    const all = pkg.tables();
    const own = all.find(
      (t) => t.sheetPart === sheetPart && t.displayName.toLowerCase() === table.name.toLowerCase()
    );
    if (own !== undefined) {
      pkg.set(own.part, resized(pkg.text(own.part)!, table, ref));
      continue;
    }
    // Excel refuses a table named as a defined name is, as it does one named as another table.
    const name = freeName(
      [
        ...all.flatMap((t) => [t.name, t.displayName]),
        ...pkg.info.names.map((n) => n.name),
        ...names,
      ],
      table.name.replace(/[^\w.]/g, "_")
    );
    const folder = pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf("/") + 1);
    const part = freePart(pkg, `${folder}tables/`, "table");
    const id = Math.max(0, ...all.map((t) => t.id)) + 1;
    pkg.set(
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
        `<autoFilter ref="${ref}"/>${columnsXml("", table.headers)}${styleXml("", table.style)}</table>`
    );
    pkg.addContentType(part, TYPE.table);
    const relId = pkg.relate(sheetPart, REL.table, part);
    xml = appendChild(
      xml,
      WORKSHEET_ORDER,
      "tableParts",
      `<${rootOf(xml).prefix}tablePart ${relIdAttribute(xml, relId)}/>`
    );
    pkg.forgetTables();
  }
  return xml;
}
