/**
 * Client lists as people keep them by hand, written to real .xlsx files: a merged title banner,
 * the header lower down, blank rows inside, a TOTAL row with =SUM under the list, notes below.
 */
import ExcelJS from "exceljs";
import { runCli, tempFolder } from "./cliHarness";

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
