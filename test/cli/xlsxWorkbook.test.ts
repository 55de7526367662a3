/**
 * The .xlsx workbook under the command line, on files as other programs write them: a table as
 * Excel saves it, a 1904 workbook, a plain sheet without a table, shared styles. (It lives with
 * the command line's tests; jszip, exceljs' own dependency, rewrites the files' XML here.)
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadBook } from "../../src/app/loadBook";
import { CONTACT_LOG_HEADERS } from "../../src/core/book/contactLog";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { writeCell } from "../../src/workbook/xlsx/xlsxCells";
import { readWithExcelJs, runCli, tempFolder } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;

beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

async function rewriteXml(
  file: string,
  part: RegExp,
  edit: (xml: string) => string
): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const name of Object.keys(zip.files).filter((n) => part.test(n) && !zip.files[n].dir))
    zip.file(name, edit(await zip.file(name)!.async("string")));
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

async function partText(file: string, part: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(file))).file(part)!.async("string");
}

describe("XlsxWorkbook on files other programs wrote", () => {
  test("a table as Excel saves it (headerRowCount left out) keeps its header row and filter buttons when written back", async () => {
    await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "12"], folder.dir);
    await rewriteXml(folder.file("s.xlsx"), /^xl\/tables\//, (xml) =>
      xml.replace(/ headerRowCount="1"/, "").replace(/<filterColumn [^>]*\/>/g, "")
    );
    expect(await partText(folder.file("s.xlsx"), "xl/tables/table1.xml")).not.toContain(
      "headerRowCount"
    );

    const port = await XlsxWorkbook.fromBytes(readFileSync(folder.file("s.xlsx")));
    expect((await port.listTables())[0]).toMatchObject({ name: "Clients", rowCount: 12 });
    expect((await port.readTable("Clients")).firstRowNumber).toBe(2);
    const run = await runCli(
      ["log", "s.xlsx", "--client", "C-0001", "--date", "2026-03-02"],
      folder.dir
    );
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const table = await partText(folder.file("s.logged.xlsx"), "xl/tables/table1.xml");
    // The package layer leaves the table part as Excel wrote it: no headerRowCount means 1.
    expect(table).not.toContain("headerRowCount");
    expect(table).toContain('ref="A1:P13"');
    expect(table).not.toContain('hiddenButton="1"');
  });

  test("a 1904 workbook: dates read as the days they show, and a logged date is stored as a 1904 serial", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Book");
    sheet.addTable({
      name: "Clients",
      ref: "A1",
      columns: [
        { name: "Client ID" },
        { name: "Client" },
        { name: "Tier" },
        { name: "Last contact" },
      ],
      rows: [["C-1", "Ames", "A", new Date(Date.UTC(2025, 10, 3))]],
    });
    sheet.getCell("D2").numFmt = "yyyy-mm-dd";
    await workbook.xlsx.writeFile(folder.file("mac.xlsx"));
    expect(await partText(folder.file("mac.xlsx"), "xl/worksheets/sheet1.xml")).toContain(
      "<v>44502</v>"
    ); // 2025-11-03: 45964 − 1462

    const json = JSON.parse(
      (await runCli(["today", "mac.xlsx", "--date", "2026-03-02", "--json"], folder.dir)).stdout
    );
    expect(json.mine.calls[0]).toMatchObject({
      id: "C-1",
      lastContact: "2025-11-03",
      nextContact: "2026-02-02",
    });
    await runCli(["log", "mac.xlsx", "--client", "C-1", "--date", "2026-03-02"], folder.dir);
    const written = await partText(folder.file("mac.logged.xlsx"), "xl/worksheets/sheet1.xml");
    expect(written).toContain("<v>44621</v>"); // 2026-03-02: 46083 − 1462
    expect(written).not.toContain("<v>46083</v>");
  });

  test("a plain sheet without a table is read as the client list, and stays a plain range in the file written", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Export");
    sheet.addRow([]);
    sheet.addRow(["ID", "Name", "Segment", "Last called", "Notes"]);
    sheet.addRow(["7", "Ames", "A", "2025-11-03", "=likes golf"]);
    sheet.addRow(["8", "Baker", "B", "2025-06-01", ""]);
    await workbook.xlsx.writeFile(folder.file("export.xlsx"));

    const today = await runCli(
      ["today", "export.xlsx", "--date", "2026-03-02", "--json"],
      folder.dir
    );
    expect(today.stderr.split("\n")).toEqual([
      "relationship-hour: note: export.xlsx: read Export!A2:E4 as the client list (a plain range: no table is added to the file)",
      'relationship-hour: note: export.xlsx, table "Clients" on sheet "Export": columns (guessed; --map FIELD=HEADER to change): Client ID ← "ID"; Name ← "Name"; Tier ← "Segment"; Last contact ← "Last called"; not used: "Notes"',
      'relationship-hour: warning: export.xlsx, table "Clients" on sheet "Export": no owner column (Owner, Advisor, Assigned Advisor, Account Owner…): nobody\'s list can be told from the team\'s',
      "",
    ]);
    expect(JSON.parse(today.stdout).mine.calls.map((c: { id: string }) => c.id)).toEqual([
      "7",
      "8",
    ]);

    await runCli(["log", "export.xlsx", "--client", "7", "--date", "2026-03-02"], folder.dir);
    const back = await readWithExcelJs(folder.file("export.logged.xlsx"));
    expect(back.getWorksheet("Export")!.getTables()).toHaveLength(0);
    expect(back.getWorksheet("Export")!.getCell("D3").value).toEqual(
      new Date(Date.UTC(2026, 2, 2))
    );
    expect(back.getWorksheet("Export")!.getCell("E3").value).toBe("=likes golf");
  });

  test("a refused update writes nothing: no log row, no new sheet", async () => {
    await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "5"], folder.dir);
    const port = await XlsxWorkbook.fromBytes(readFileSync(folder.file("s.xlsx")));
    const append = {
      table: "ContactLog",
      sheet: "Contact Log",
      headers: CONTACT_LOG_HEADERS,
      rows: [[46083, "C-0404"]],
      textColumns: [1],
      dateColumns: [0],
    };
    const update = {
      table: "Clients",
      idHeader: "Client ID",
      clientId: "C-0404",
      values: { "Last contact": 46083 },
    };
    const refusal = {
      ok: false,
      message:
        'Client C-0404 is no longer in the table "Clients" (deleted, or its ID changed). Nothing was written.',
    };
    // The sample comes with its Contact Log: its rows and the workbook's sheets stay as they were.
    const history = (await port.readTable("ContactLog")).rows;
    const sheets = port.workbook.worksheets.map((s) => s.name);
    expect(await port.appendAndUpdate(append, update)).toEqual(refusal);
    expect((await port.readTable("ContactLog")).rows).toEqual(history);
    expect(port.workbook.worksheets.map((s) => s.name)).toEqual(sheets);
    // A workbook without a log does not get one.
    const fresh = new XlsxWorkbook();
    await fresh.createTable(
      "Clients",
      "Clients",
      ["Client ID", "Last contact"],
      [["C-0001", ""]],
      [1]
    );
    expect(await fresh.appendAndUpdate(append, update)).toEqual(refusal);
    expect(await fresh.sheetExists("Contact Log")).toBe(false);
  });

  test("rows are never written over data below the log; a totals row moves down", async () => {
    const port = new XlsxWorkbook();
    const append = (rows: (string | number)[][]) =>
      port.appendAndUpdate(
        {
          table: "Log",
          sheet: "Log",
          headers: ["Date", "Who"],
          rows,
          textColumns: [1],
          dateColumns: [0],
        },
        null
      );
    expect(await append([[46083, "Ann"]])).toEqual({ ok: true });
    const sheet = port.workbook.getWorksheet("Log")!;
    sheet.getCell("A4").value = "a note under the table";
    expect(await append([[46084, "Bo"]])).toEqual({ ok: true });
    const refused = await append([[46085, "Cy"]]);
    expect(refused).toEqual({
      ok: false,
      message:
        'The table "Log" on sheet "Log" has data right below it (row 4); move it to make room. Nothing was written.',
    });

    sheet.getCell("A4").value = null;
    const model = (
      sheet.getTable("Log") as unknown as { model: { totalsRow: boolean; tableRef: string } }
    ).model;
    model.totalsRow = true;
    model.tableRef = "A1:B4";
    sheet.getCell("A4").value = "Total";
    expect(await append([[46085, "Cy"]])).toEqual({ ok: true });
    expect([sheet.getCell("B4").value, sheet.getCell("A5").value, model.tableRef]).toEqual([
      "Cy",
      "Total",
      "A1:B5",
    ]);
  });

  test("writing one cell of a loaded file leaves the cells that shared its style alone", async () => {
    await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "5"], folder.dir);
    const port = await XlsxWorkbook.fromBytes(readFileSync(folder.file("s.xlsx")));
    const sheet = port.workbook.getWorksheet("Clients")!;
    expect(sheet.getCell("I2").numFmt).toBe("yyyy-mm-dd");
    writeCell(sheet.getCell("I2"), "=not a date", "text");
    expect([sheet.getCell("I2").numFmt, sheet.getCell("I3").numFmt]).toEqual(["@", "yyyy-mm-dd"]);
    const book = await loadBook(port);
    expect(book.state === "loaded" && book.problems.map((p) => [p.rowNumber, p.column])).toEqual([
      [2, "Last contact"],
    ]);
  });
});

describe("workbook settings on the hidden sheet", () => {
  test("a setting saved twice keeps one row, and survives a write and a read", async () => {
    const port = new XlsxWorkbook();
    await port.saveSetting("relationshipHour.mapping", '{"table":"A"}');
    await port.saveSetting("other", "=1+1");
    await port.saveSetting("relationshipHour.mapping", '{"table":"B"}');
    const back = await XlsxWorkbook.fromBytes(await port.toBytes());
    expect(await back.loadSetting("relationshipHour.mapping")).toBe('{"table":"B"}');
    expect(await back.loadSetting("other")).toBe("=1+1");
    expect(await back.loadSetting("missing")).toBeNull();
    const sheet = back.workbook.getWorksheet("_RelationshipHour")!;
    expect([
      sheet.state,
      sheet.getCell("A2").value,
      sheet.getCell("A3").value,
      sheet.getCell("A4").value,
    ]).toEqual(["hidden", "relationshipHour.mapping", "other", null]);
  });
});
