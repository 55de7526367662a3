import { ExcelWorkbook } from "../../../src/workbook/office/excelWorkbook";
import {
  BYTES_PER_CELL,
  CHUNK_BYTES,
  WEB_PAYLOAD_LIMIT,
  rowsPerChunk,
} from "../../../src/workbook/office/payload";
import { CLIENT_HEADERS, clientBook, clientRows, firstDifference } from "./clientTable";
import { FakeExcel } from "./fakeExcel";

describe("ExcelWorkbook reads", () => {
  test("listTables finds every table with its sheet, headers and row count, in two syncs", async () => {
    const { excel, workbook } = clientBook(10);
    excel.model.addTable(
      "Contact Log",
      "ContactLog",
      ["Date", "Client ID"],
      [[46000, "C00001"]],
      2,
      1
    );

    const tables = await workbook.listTables();

    expect(tables).toEqual([
      { name: "Clients", sheet: "Clients", headers: CLIENT_HEADERS, rowCount: 10 },
      { name: "ContactLog", sheet: "Contact Log", headers: ["Date", "Client ID"], rowCount: 1 },
    ]);
    expect(excel.syncs).toBe(2);
  });

  test.each([10, 50_000])(
    "on desktop Excel a %i-row table is read whole in two syncs",
    async (rows) => {
      const { excel, workbook } = clientBook(rows, { bytesPerSync: Infinity });
      excel.payloadLimit = null;

      const table = await workbook.readTable("Clients");

      expect(excel.syncs).toBe(2);
      expect(firstDifference(table.rows, clientRows(rows))).toBeNull();
      expect([
        table.name,
        table.sheet,
        table.headers,
        table.rowCount,
        table.firstRowNumber,
      ]).toEqual(["Clients", "Clients", CLIENT_HEADERS, rows, 2]);
    }
  );

  test("on Excel on the web each sync stays under 5 MB: one sync per 4 MB chunk, however many rows", async () => {
    const small = clientBook(10);
    await small.workbook.readTable("Clients");
    expect(small.excel.syncs).toBe(2);

    const large = clientBook(50_000);
    const table = await large.workbook.readTable("Clients");

    const chunks = Math.ceil(50_000 / rowsPerChunk(CLIENT_HEADERS.length));
    expect(chunks).toBe(7);
    expect(
      rowsPerChunk(CLIENT_HEADERS.length) * CLIENT_HEADERS.length * BYTES_PER_CELL
    ).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(large.excel.syncs).toBe(1 + chunks);
    expect(Math.max(...large.excel.responses)).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(firstDifference(table.rows, clientRows(50_000))).toBeNull();
  });

  test("all 50,000 rows in one sync would be refused by Excel on the web (why the chunks get syncs of their own)", async () => {
    const { excel, workbook } = clientBook(50_000, { bytesPerSync: Infinity });

    const table = await workbook.readTable("Clients");

    expect(excel.responses[1]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(excel.responses.slice(2).every((bytes) => bytes < WEB_PAYLOAD_LIMIT)).toBe(true);
    expect(firstDifference(table.rows, clientRows(50_000))).toBeNull();
  });

  test("cells far longer than the estimate: a refused chunk is read again in halves", async () => {
    const excel = new FakeExcel();
    const long = "x".repeat(2_000);
    const rows = Array.from({ length: 2_500 }, (_, i) => [`C${i}`, long]);
    excel.model.addTable("Clients", "Clients", ["Client ID", "Profile"], rows);

    const table = await new ExcelWorkbook(excel.run).readTable("Clients");

    expect(table.rows).toEqual(rows);
    expect(excel.responses.filter((bytes) => bytes > WEB_PAYLOAD_LIMIT).length).toBeGreaterThan(0);
    expect(excel.syncs).toBeLessThan(10);
  });

  test("readTableIfExists gives null for a missing table after one sync; readTable says which table", async () => {
    const { excel, workbook } = clientBook(3);

    expect(await workbook.readTableIfExists("Nope")).toBeNull();
    expect(excel.syncs).toBe(1);
    await expect(workbook.readTable("Nope")).rejects.toThrow('There is no table "Nope"');
  });

  test("firstRowNumber names the worksheet row of the first data row", async () => {
    const excel = new FakeExcel();
    excel.model.addTable("Book", "Clients", ["Client ID"], [["C1"], ["C2"]], 4, 2);

    const table = await new ExcelWorkbook(excel.run).readTable("Clients");

    expect(table.firstRowNumber).toBe(6);
    expect(table.rows).toEqual([["C1"], ["C2"]]);
  });

  test("a sheet of plain data is offered as a table, then converted; a sheet with a table is not offered", async () => {
    const excel = new FakeExcel();
    const sheet = excel.model.addSheet("My clients");
    [
      ["ID", "Name"],
      ["1", "Ann"],
      ["2", "Bob"],
    ].forEach((row, r) => row.forEach((v, c) => sheet.write(r + 1, c + 1, v)));
    const workbook = new ExcelWorkbook(excel.run);

    const offer = await workbook.describeActiveSheet();
    expect(offer).toEqual({
      sheet: "My clients",
      address: "B2:C4",
      values: [
        ["ID", "Name"],
        [1, "Ann"],
        [2, "Bob"],
      ],
      formulas: [
        ["ID", "Name"],
        [1, "Ann"],
        [2, "Bob"],
      ],
    });
    expect(excel.syncs).toBe(1);

    const info = await workbook.convertToTable(offer!.sheet, offer!.address, "Clients");
    expect(info).toEqual({
      name: "Clients",
      sheet: "My clients",
      headers: ["ID", "Name"],
      rowCount: 2,
    });
    expect((await workbook.readTable("Clients")).rows).toEqual([
      [1, "Ann"],
      [2, "Bob"],
    ]);
    expect(await workbook.describeActiveSheet()).toBeNull();
  });

  test("an empty active sheet is not offered", async () => {
    const excel = new FakeExcel();
    excel.model.addSheet("Empty");

    expect(await new ExcelWorkbook(excel.run).describeActiveSheet()).toBeNull();
  });
});

describe("ExcelWorkbook date system", () => {
  test("is read from Excel's own DATE(2000,1,1) in one sync: 1900, or 1904 where the workbook is set to it", async () => {
    const excel = new FakeExcel();
    const workbook = new ExcelWorkbook(excel.run);
    expect(await workbook.dateSystem()).toBe("1900");
    excel.model.date1904 = true;
    expect(await workbook.dateSystem()).toBe("1904");
    expect(excel.syncs).toBe(2);
  });
});

describe("ExcelWorkbook settings, names and owned sheets", () => {
  test("saveSetting then loadSetting gives the value back; an unknown key gives null; one sync each", async () => {
    const excel = new FakeExcel();
    const workbook = new ExcelWorkbook(excel.run);

    await workbook.saveSetting("cadence", '{"A":90}');
    expect(excel.syncs).toBe(1);
    expect(await workbook.loadSetting("cadence")).toBe('{"A":90}');
    expect(await workbook.loadSetting("missing")).toBeNull();
    expect(excel.syncs).toBe(3);
  });

  test("writeSheet creates the sheet, its blocks and its names, which readNames reads back", async () => {
    const excel = new FakeExcel();
    const workbook = new ExcelWorkbook(excel.run);

    await workbook.writeSheet({
      sheet: "RH Settings",
      blocks: [
        { at: "A1", values: [["Setting", "Value"]], bold: true },
        {
          at: "A2",
          values: [
            ["Cadence A", 90],
            ["Note", "=not a formula"],
            ["Code", "007"],
          ],
        },
      ],
      names: [
        { name: "RH_CadenceA", address: "B2" },
        { name: "RH_Block", address: "A2:B4" },
      ],
      columnWidths: [18, 9], // characters
    });
    expect(excel.syncs).toBe(2);

    const sheet = excel.model.sheet("RH Settings")!;
    expect(sheet.cell(2, 1)).toEqual({ value: "=not a formula", format: "@" });
    expect(sheet.cell(3, 1)).toEqual({ value: "007", format: "@" });
    expect(sheet.bold.has("0,0")).toBe(true);
    expect(sheet.bold.has("1,0")).toBe(false);
    expect(sheet.columnWidths.get(0)).toBe(18 * 7); // points

    const names = await workbook.readNames(["RH_CadenceA", "RH_Block", "RH_Missing"]);
    expect(names).toEqual({
      RH_CadenceA: [[90]],
      RH_Block: [
        ["Cadence A", 90],
        ["Note", "=not a formula"],
        ["Code", "007"],
      ],
      RH_Missing: null,
    });
  });

  test("writeSheet again rewrites its blocks and names, and leaves the rest of the sheet alone", async () => {
    const excel = new FakeExcel();
    const workbook = new ExcelWorkbook(excel.run);
    const layout = (value: number) => ({
      sheet: "RH Settings",
      blocks: [{ at: "B2", values: [[value]], formats: ["0"] }],
      names: [{ name: "RH_X", address: "B2" }],
    });
    await workbook.writeSheet(layout(1));
    excel.model.sheet("RH Settings")!.write(9, 0, "the user's own note");

    await workbook.writeSheet(layout(2));

    expect(await workbook.readNames(["RH_X"])).toEqual({ RH_X: [[2]] });
    expect(excel.model.sheet("RH Settings")!.cell(1, 1)).toEqual({ value: 2, format: "0" });
    expect(excel.model.sheet("RH Settings")!.cell(9, 0).value).toBe("the user's own note");
    expect(await workbook.sheetExists("RH Settings")).toBe(true);
    expect(await workbook.sheetExists("Elsewhere")).toBe(false);
  });
});
