/**
 * The package reader on generated packages: odd part paths (spaces, other folders), absolute or
 * relative relationship targets, a namespace prefix on every element, missing styles, theme and
 * shared-strings parts, inline or shared strings, dates as serials or as ISO text. It never
 * throws, and gives the same clients as the clean equivalent of the same rows.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { loadBook } from "../../../src/app/loadBook";
import { PackageWorkbook } from "../../../src/workbook/xlsx/package/packageWorkbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEADERS = ["Client ID", "Client", "Tier", "Revenue", "Last contact", "Owner"];

interface ClientRow {
  readonly id: string;
  readonly name: string;
  readonly tier: "A" | "B" | "C";
  readonly revenue: number;
  /** A 1900-system serial, or null for never contacted. */
  readonly last: number | null;
}

interface Shape {
  readonly workbookPath: string;
  readonly sheetPath: string;
  readonly absolute: boolean;
  readonly prefix: "" | "x:";
  readonly styles: boolean;
  readonly theme: boolean;
  readonly inline: boolean;
  readonly textDates: boolean;
}

const CLEAN: Shape = {
  workbookPath: "xl/workbook.xml",
  sheetPath: "xl/worksheets/sheet1.xml",
  absolute: false,
  prefix: "",
  styles: true,
  theme: true,
  inline: false,
  textDates: false,
};

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function iso(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function target(from: string, to: string, absolute: boolean): string {
  if (absolute) return `/${to}`.replace(/ /g, "%20");
  const base = from.split("/").slice(0, -1);
  const parts = to.split("/");
  let common = 0;
  while (common < base.length && base[common] === parts[common]) common++;
  return [...base.slice(common).map(() => ".."), ...parts.slice(common)]
    .join("/")
    .replace(/ /g, "%20");
}

async function build(rows: readonly ClientRow[], shape: Shape): Promise<Buffer> {
  const p = shape.prefix;
  const ns = p === "" ? `xmlns="${MAIN}"` : `xmlns:x="${MAIN}"`;
  const strings: string[] = [];
  const text = (ref: string, value: string) => {
    if (shape.inline)
      return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${esc(value)}</${p}t></${p}is></${p}c>`;
    if (!strings.includes(value)) strings.push(value);
    return `<${p}c r="${ref}" t="s"><${p}v>${strings.indexOf(value)}</${p}v></${p}c>`;
  };
  const cols = "ABCDEF";
  const sheetRows = [
    `<${p}row r="1">${HEADERS.map((h, i) => text(`${cols[i]}1`, h)).join("")}</${p}row>`,
    ...rows.map((row, i) => {
      const n = i + 2;
      const last =
        row.last === null
          ? ""
          : shape.textDates
            ? text(`E${n}`, iso(row.last))
            : `<${p}c r="E${n}"${shape.styles ? ' s="1"' : ""}><${p}v>${row.last}</${p}v></${p}c>`;
      return (
        `<${p}row r="${n}">${text(`A${n}`, row.id)}${text(`B${n}`, row.name)}${text(`C${n}`, row.tier)}` +
        `<${p}c r="D${n}"><${p}v>${row.revenue}</${p}v></${p}c>${last}${text(`F${n}`, "Dana")}</${p}row>`
      );
    }),
  ];
  const lastRef = `F${rows.length + 1}`;
  const folder = shape.workbookPath.slice(0, shape.workbookPath.lastIndexOf("/") + 1);
  const tablePath = `${folder}tables/table1.xml`;
  const sheetRels = `${shape.sheetPath.slice(0, shape.sheetPath.lastIndexOf("/") + 1)}_rels/${shape.sheetPath.split("/").pop()}.rels`;
  const zip = new JSZip();
  const rel = (id: string, type: string, to: string, from: string) =>
    `<Relationship Id="${id}" Type="${R}/${type}" Target="${target(from, to, shape.absolute)}"/>`;
  const wbRels = [rel("rId1", "worksheet", shape.sheetPath, shape.workbookPath)];
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="${PR}">${rel("rId1", "officeDocument", shape.workbookPath, "")}</Relationships>`
  );
  zip.file(
    shape.workbookPath,
    `<${p}workbook ${ns} xmlns:r="${R}"><${p}sheets><${p}sheet name="Clients" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`
  );
  zip.file(
    shape.sheetPath,
    `<${p}worksheet ${ns} xmlns:r="${R}"><${p}sheetData>${sheetRows.join("")}</${p}sheetData><${p}tableParts count="1"><${p}tablePart r:id="rId1"/></${p}tableParts></${p}worksheet>`
  );
  zip.file(
    sheetRels,
    `<Relationships xmlns="${PR}">${rel("rId1", "table", tablePath, shape.sheetPath)}</Relationships>`
  );
  zip.file(
    tablePath,
    `<${p}table ${ns} id="1" name="Clients" displayName="Clients" ref="A1:${lastRef}"><${p}tableColumns count="6">${HEADERS.map((h, i) => `<${p}tableColumn id="${i + 1}" name="${h}"/>`).join("")}</${p}tableColumns></${p}table>`
  );
  if (strings.length > 0) {
    zip.file(
      `${folder}sharedStrings.xml`,
      `<${p}sst ${ns}>${strings.map((s) => `<${p}si><${p}t>${esc(s)}</${p}t></${p}si>`).join("")}</${p}sst>`
    );
    wbRels.push(rel("rId2", "sharedStrings", `${folder}sharedStrings.xml`, shape.workbookPath));
  }
  if (shape.styles) {
    zip.file(
      `${folder}styles.xml`,
      `<${p}styleSheet ${ns}><${p}cellXfs count="2"><${p}xf numFmtId="0"/><${p}xf numFmtId="14" applyNumberFormat="1"/></${p}cellXfs></${p}styleSheet>`
    );
    wbRels.push(rel("rId3", "styles", `${folder}styles.xml`, shape.workbookPath));
  }
  if (shape.theme) {
    zip.file(
      `${folder}theme/theme1.xml`,
      `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>`
    );
    wbRels.push(rel("rId4", "theme", `${folder}theme/theme1.xml`, shape.workbookPath));
  }
  zip.file(
    `${folder}_rels/${shape.workbookPath.split("/").pop()}.rels`,
    `<Relationships xmlns="${PR}">${wbRels.join("")}</Relationships>`
  );
  zip.file(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function clientsOf(bytes: Buffer) {
  const book = await loadBook(PackageWorkbook.fromBytes(bytes));
  if (book.state !== "loaded") throw new Error("no client table");
  return book.clients
    .map((c) => ({ id: c.id, name: c.name, lastContact: c.lastContact, tier: c.tier }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const clientRow = fc.record({
  name: fc
    .string({ minLength: 1, maxLength: 12 })
    .filter(
      (s) =>
        s.trim() !== "" &&
        [...s].every((ch) => ch >= " " && ch.length === 1 && ch !== "\ufffe" && ch !== "\uffff")
    ),
  tier: fc.constantFrom("A" as const, "B" as const, "C" as const),
  revenue: fc.integer({ min: 0, max: 1_000_000 }),
  last: fc.option(fc.integer({ min: 40_000, max: 46_000 }), { nil: null }),
});

const shape: fc.Arbitrary<Shape> = fc.record({
  workbookPath: fc.constantFrom("xl/workbook.xml", "xl/workbook2.xml", "book/main part.xml"),
  sheetPath: fc.constantFrom("xl/worksheets/sheet1.xml", "xl/sheets/Data One.xml", "other/s.xml"),
  absolute: fc.boolean(),
  prefix: fc.constantFrom("" as const, "x:" as const),
  styles: fc.boolean(),
  theme: fc.boolean(),
  inline: fc.boolean(),
  textDates: fc.boolean(),
});

test("generated packages never crash the reader and give the same clients as the clean one", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(clientRow, { minLength: 1, maxLength: 8 }),
      shape,
      async (generated, odd) => {
        const rows = generated.map((r, i) => ({ ...r, id: `C-${i + 1}` }));
        const clean = await clientsOf(await build(rows, CLEAN));
        // Without a date style a serial is still a serial: the core reads numbers as dates.
        expect(await clientsOf(await build(rows, odd))).toEqual(clean);
      }
    ),
    { numRuns: 60 }
  );
});
