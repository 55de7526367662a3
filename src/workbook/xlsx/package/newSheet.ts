/**
 * A new worksheet added to a package: its part, its relationship from the workbook, its content
 * type and its `<sheet>` in the workbook's list, optionally with a table over its cells (the
 * Contact Log on first use) or hidden (the settings store). Names and part paths are chosen so
 * nothing existing is replaced.
 */
import { columnName } from "../../shared/a1";
import { uniqueSheetName } from "../../../core/sheets/sheetNames";
import { TYPE } from "./contentTypes";
import type { OpenedPackage } from "./openedPackage";
import { REL } from "./relationships";
import { addSheetElement } from "./workbookPart";
import { escapeXml } from "./xmlText";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

export interface NewSheet {
  readonly name: string;
  readonly hidden?: boolean;
  /** Row XML inside `<sheetData>`, already built with references from A1. */
  readonly rowsXml: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly columnWidths?: readonly number[];
  /** A table over all the rows, the first being its header. */
  readonly table?: { readonly name: string; readonly headers: readonly string[] };
}

/** The first free part name `folder/stemN.xml`. */
export function freePart(pkg: OpenedPackage, folder: string, stem: string): string {
  for (let n = 1; ; n++)
    if (!pkg.has(`${folder}${stem}${n}.xml`)) return `${folder}${stem}${n}.xml`;
}

/** Adds the sheet; returns its name as given (or "Name (2)" when taken) and its part. */
export function addSheet(pkg: OpenedPackage, sheet: NewSheet): { name: string; part: string } {
  const folder = pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf("/") + 1);
  const name = uniqueSheetName(
    sheet.name,
    pkg.sheets.map((s) => s.name)
  );
  const part = freePart(pkg, `${folder}worksheets/`, "sheet");
  const last = `${columnName(Math.max(0, sheet.columnCount - 1))}${Math.max(1, sheet.rowCount)}`;
  let tableParts = "";
  if (sheet.table !== undefined) {
    const tablePart = freePart(pkg, `${folder}tables/`, "table");
    const id = Math.max(0, ...pkg.tables().map((t) => t.id)) + 1;
    const columns = sheet.table.headers
      .map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`)
      .join("");
    pkg.set(
      tablePart,
      `${HEAD}<table xmlns="${MAIN}" id="${id}" name="${escapeXml(sheet.table.name)}" displayName="${escapeXml(sheet.table.name)}" ref="A1:${last}" headerRowCount="1" totalsRowShown="0">` +
        `<autoFilter ref="A1:${last}"/><tableColumns count="${sheet.table.headers.length}">${columns}</tableColumns>` +
        `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
    );
    pkg.addContentType(tablePart, TYPE.table);
    const relId = pkg.relate(part, REL.table, tablePart);
    tableParts = `<tableParts count="1"><tablePart r:id="${relId}"/></tableParts>`;
  }
  const cols = (sheet.columnWidths ?? [])
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const pane =
    sheet.table === undefined
      ? ""
      : `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`;
  pkg.set(
    part,
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELS}"><dimension ref="A1:${last}"/>` +
      `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>${cols === "" ? "" : `<cols>${cols}</cols>`}` +
      `<sheetData>${sheet.rowsXml}</sheetData>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${tableParts}</worksheet>`
  );
  pkg.addContentType(part, TYPE.worksheet);
  const relId = pkg.relate(pkg.workbookPart, REL.worksheet, part);
  const sheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
  pkg.set(
    pkg.workbookPart,
    addSheetElement(pkg.text(pkg.workbookPart)!, name, sheetId, relId, sheet.hidden === true)
  );
  pkg.addedSheet({ name, sheetId, relId, state: sheet.hidden ? "hidden" : "visible", part });
  return { name, part };
}
