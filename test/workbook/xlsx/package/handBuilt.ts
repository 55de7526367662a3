/** A one-sheet package built by hand, as other producers might write one, for reader tests. */
import { PackageWorkbook } from "../../../../src/workbook/xlsx/package/packageWorkbook";
import { ZipArchive } from "../../../../src/workbook/xlsx/package/zipArchive";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The sheet "Clients" holding these rows (already XML), no table; `names` inside <definedNames>. */
export function handBuiltBook(rowsXml: string, names = ""): PackageWorkbook {
  const parts: [string, string][] = [
    [
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="Clients" sheetId="1" r:id="rId1"/></sheets>` +
        `${names === "" ? "" : `<definedNames>${names}</definedNames>`}</workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ],
    [
      "xl/worksheets/sheet1.xml",
      `<worksheet xmlns="${MAIN}"><sheetData>${rowsXml}</sheetData></worksheet>`,
    ],
  ];
  const empty = Buffer.alloc(22);
  empty.writeUInt32LE(0x06054b50, 0);
  const bytes = ZipArchive.read(empty).write(new Map(parts.map(([n, t]) => [n, Buffer.from(t)])));
  return PackageWorkbook.fromBytes(bytes);
}
