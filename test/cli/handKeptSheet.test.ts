/**
 * Client lists as people keep them by hand, written to real .xlsx files: a merged title banner,
 * the header lower down, blank rows inside, a TOTAL row with =SUM under the list, notes below.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { runCli, tempFolder } from "./cliHarness";
import { hasLibreOffice, SOFFICE } from "./libreOffice";

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

/** The banner in row 1 (merged A1:F1), a blank row, the header in row 3, TOTAL in row 9. */
async function handKeptBook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Clients");
  sheet.getCell("A1").value = "Whitfield Advisory — client list";
  sheet.mergeCells("A1:F1");
  sheet.addRow([]);
  sheet.getRow(3).values = ["Client ID", "Client", "Tier", "Revenue", "Last contact", "Owner"];
  sheet.getRow(4).values = ["C-1", "Ames", "A", 90000, new Date(Date.UTC(2025, 9, 1)), "Dana"];
  sheet.getRow(5).values = ["C-2", "Baker", "B", 30000, "2025-06-15", "Dana"];
  sheet.getRow(7).values = ["C-3", "Chen", "C", 5000, "", "Lee"];
  sheet.getRow(8).values = ["C-4", "Dutta", "A", 70000, "", "Dana"];
  sheet.getCell("A9").value = "TOTAL";
  sheet.getCell("D9").value = { formula: "SUM(D4:D8)", result: 195000 };
  sheet.getCell("A11").value = "Source: kept by hand, revenue is last year's fees";
  await workbook.xlsx.writeFile(file);
}

describe("a hand-kept sheet with a banner, blank rows and a totals row", () => {
  test("today reads the four clients and says what it left out", async () => {
    await handKeptBook(folder.file("book.xlsx"));
    const run = await runCli(
      ["today", "book.xlsx", "--date", "2026-03-02", "--owner", "Dana", "--json"],
      folder.dir
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("read Clients!A3:F8 as the client list");
    expect(run.stderr).toContain("2 row(s) above the header");
    expect(run.stderr).toContain("blank row(s) 6 skipped");
    expect(run.stderr).toContain("row 9 is a totals row");
    expect(run.stderr).not.toContain("TOTAL");
    const ids = JSON.stringify(JSON.parse(run.stdout)).match(/C-\d/g) ?? [];
    expect(new Set(ids)).toEqual(new Set(["C-1", "C-2", "C-3", "C-4"]));
  });
});

describe("the same list saved by LibreOffice Calc", () => {
  test("Calc's own file: the banner and TOTAL are left out, text dates read in the order given", async () => {
    if (!hasLibreOffice())
      throw new Error(`${SOFFICE} is missing: install libreoffice-calc-nogui to run this test`);
    const csv = [
      "Whitfield Advisory client list,,,,,",
      ",,,,,",
      "Client ID,Client,Tier,Revenue,Last contact,Owner",
      "C-1,Ames,A,90000,2025-10-01,Dana",
      "C-2,Baker,B,30000,12/06/2024,Dana",
      ",,,,,",
      "C-3,Chen,C,5000,3/4/2024,Lee",
      "C-4,Dutta,A,70000,,Dana",
      "TOTAL,,,=SUM(D4:D8),,",
      ",,,,,",
      "Source: kept by hand; revenue is last year's fees,,,,,",
    ].join("\n");
    writeFileSync(folder.file("hand.csv"), `${csv}\n`);
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${folder.file("profile")}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        folder.dir,
        folder.file("hand.csv"),
      ],
      { timeout: 120_000, stdio: "ignore" }
    );
    const run = await runCli(
      ["today", "hand.xlsx", "--date", "2026-03-02", "--json", "--date-order", "dmy"],
      folder.dir
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("read hand!A3:F8 as the client list");
    expect(run.stderr).toContain("row 9 is a totals row");
    const json = run.stdout;
    for (const id of ["C-1", "C-2", "C-3", "C-4"]) expect(json).toContain(`"id": "${id}"`);
    expect(json).not.toContain("TOTAL");
  }, 120_000);
});
