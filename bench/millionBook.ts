/**
 * A 1,048,576-row book (a header and 1,048,575 clients, Excel's sheet limit) for the CLI benchmark's
 * `--million` run. It is written straight as a package (inline strings, serial dates), since no
 * spreadsheet library here writes a million rows in reasonable time; made once and kept.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ZipArchive } from "../src/workbook/xlsx/package/zipArchive";

const ROWS = 1_048_575;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const OVERRIDE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

function sheet(): Buffer {
  const chunks: string[] = [];
  const text = (ref: string, value: string) =>
    `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  chunks.push(`<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData><row r="1">`);
  chunks.push(
    ["Client ID", "Client", "Tier", "Revenue", "Last contact", "Owner"]
      .map((h, i) => text(`${"ABCDEF"[i]}1`, h))
      .join("")
  );
  chunks.push("</row>");
  for (let n = 2; n <= ROWS + 1; n++) {
    chunks.push(
      `<row r="${n}">${text(`A${n}`, `C-${n - 1}`)}${text(`B${n}`, `Client ${n - 1}`)}${text(`C${n}`, "ABC"[n % 3])}` +
        `<c r="D${n}"><v>${(n * 7919) % 100_000}</v></c><c r="E${n}" s="1"><v>${45_000 + (n % 1000)}</v></c>${text(`F${n}`, `Owner ${n % 5}`)}</row>`
    );
  }
  chunks.push(
    `</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`
  );
  return Buffer.from(chunks.join(""));
}

function build(dir: string, file: string): void {
  const empty = Buffer.alloc(22);
  empty.writeUInt32LE(0x06054b50, 0);
  const parts = new Map<string, Buffer>([
    [
      "[Content_Types].xml",
      Buffer.from(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="${OVERRIDE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${OVERRIDE}.worksheet+xml"/>` +
          `<Override PartName="/xl/tables/table1.xml" ContentType="${OVERRIDE}.table+xml"/><Override PartName="/xl/styles.xml" ContentType="${OVERRIDE}.styles+xml"/></Types>`
      ),
    ],
    [
      "_rels/.rels",
      Buffer.from(
        `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
    ],
    [
      "xl/workbook.xml",
      Buffer.from(
        `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Clients" sheetId="1" r:id="rId1"/></sheets></workbook>`
      ),
    ],
    [
      "xl/_rels/workbook.xml.rels",
      Buffer.from(
        `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`
      ),
    ],
    [
      "xl/styles.xml",
      Buffer.from(
        `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`
      ),
    ],
    ["xl/worksheets/sheet1.xml", sheet()],
    [
      "xl/worksheets/_rels/sheet1.xml.rels",
      Buffer.from(
        `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/table" Target="../tables/table1.xml"/></Relationships>`
      ),
    ],
    [
      "xl/tables/table1.xml",
      Buffer.from(
        `<table xmlns="${MAIN}" id="1" name="Clients" displayName="Clients" ref="A1:F${ROWS + 1}"><tableColumns count="6">` +
          ["Client ID", "Client", "Tier", "Revenue", "Last contact", "Owner"]
            .map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`)
            .join("") +
          `</tableColumns></table>`
      ),
    ],
  ]);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, ZipArchive.read(empty).write(parts));
}

/** The book's path in `dir`, written first if it is not there yet. */
export function millionBook(dir: string): string {
  const file = path.join(dir, "million.xlsx");
  if (!existsSync(file)) build(dir, file);
  return file;
}

export const MILLION_ROWS = ROWS + 1;
