/**
 * A package made from nothing (PackageWorkbook.create) with a table on a sheet of its own: the
 * parts a reader needs are there, dates carry a date format, text stays text, and openpyxl and
 * LibreOffice read the same cells and the same table back.
 */
import { tempFolder } from "../../../cli/cliHarness";
import { PackageWorkbook } from "../../../../src/workbook/xlsx/package/packageWorkbook";
import { ZipArchive } from "../../../../src/workbook/xlsx/package/zipArchive";
import { calcReads, openpyxlReads } from "./readBack";

const HEADERS = ["Client ID", "Name", "Since", "Revenue", "Notes"];
const ROWS = [
  ["C-1", "Ames & Co <ltd>", 45000, 1200.5, "=SUM(A1)"],
  ["007", "Baker", 45100, 0, ""],
  ["C-3", "Cole", "", 300, "line one\nline two"],
];

async function newBook(): Promise<Buffer> {
  const book = PackageWorkbook.create();
  await book.createTable("Clients", "Clients", HEADERS, ROWS, [2]);
  return book.toBytes();
}

const EXPECTED_ROWS = [
  HEADERS,
  ["C-1", "Ames & Co <ltd>", "2023-03-15", 1200.5, "=SUM(A1)"],
  ["007", "Baker", "2023-06-23", 0, null],
  ["C-3", "Cole", null, 300, "line one\nline two"],
];

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

describe("a new package", () => {
  test("holds the parts every reader needs, and no sheet until one is added", async () => {
    const empty = PackageWorkbook.create();
    expect(await empty.listTables()).toEqual([]);
    expect(empty.pkg.sheets).toEqual([]);
    expect(await empty.dateSystem()).toBe("1900");

    const names = ZipArchive.read(await newBook()).entries.map((e) => e.name);

    expect(names).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/core.xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/_rels/sheet1.xml.rels",
        "xl/tables/table1.xml",
      ])
    );
  });

  test("createTable's rows read back through the package layer, text as text", async () => {
    const book = PackageWorkbook.fromBytes(await newBook());

    const data = await book.readTable("clients");

    expect(data).toMatchObject({ name: "Clients", sheet: "Clients", headers: HEADERS });
    expect(data.rows).toEqual(ROWS);
    expect(book.pkg.styles().isDate(1)).toBe(true);
  });

  test("an empty table keeps one blank row, as Excel's tables must", async () => {
    const book = PackageWorkbook.create();
    const info = await book.createTable("Log", "Log", ["Date", "Notes"], [], [0]);
    expect(info.rowCount).toBe(1);
    const again = PackageWorkbook.fromBytes(book.toBytes());
    expect((await again.readTable("Log")).rows).toEqual([["", ""]]);
  });

  test("openpyxl reads the cells, the table and the date format", async () => {
    const read = openpyxlReads(folder.dir, "new.xlsx", await newBook());

    const sheet = read.sheets.Clients;
    expect(sheet.rows).toEqual(EXPECTED_ROWS);
    expect(sheet.tables).toEqual({ Clients: { ref: "A1:E4", columns: HEADERS } });
    expect(sheet.dateFormats).toEqual(["yyyy-mm-dd"]);
  });

  test("LibreOffice opens it and saves the same cells and table", async () => {
    const read = await calcReads(folder.dir, "new.xlsx", await newBook());

    const sheet = read.sheets.Clients;
    expect(sheet.rows).toEqual(EXPECTED_ROWS);
    expect(sheet.tables.Clients?.ref ?? Object.values(sheet.tables)[0]?.ref).toBe("A1:E4");
  }, 120_000);
});
