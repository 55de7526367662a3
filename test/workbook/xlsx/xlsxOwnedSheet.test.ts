/** writeSheet through the .xlsx adapter: the formats a file keeps beyond the cells' values. */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";

async function written(): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Clients");
  const port = await XlsxWorkbook.fromBytes(Buffer.from(await book.xlsx.writeBuffer()));
  await port.writeSheet({
    sheet: "Notes",
    blocks: [
      { at: "A1", values: [["Title"]], bold: true },
      {
        at: "B3",
        values: [
          ["a long note", 5],
          ["", ""],
        ],
        wrap: true,
        rowHeight: 45,
      },
    ],
    names: [],
  });
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await port.toBytes()) as never);
  return back.getWorksheet("Notes")!;
}

describe("writeSheet on a file: room for long text", () => {
  test("a wrapping block wraps, top-aligned, in rows of the height asked; other cells do not wrap", async () => {
    const sheet = await written();

    expect(sheet.getCell("B3").alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(sheet.getCell("C4").alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(sheet.getCell("A1").alignment?.wrapText).toBeUndefined();
    expect([sheet.getRow(3).height, sheet.getRow(4).height]).toEqual([45, 45]);
    expect(sheet.getRow(1).height).toBeUndefined();
  });
});

describe("writeSheet on a file: drop-down lists", () => {
  test("each cell of the range takes the list of the source's cells, which survives a save", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Clients");
    const port = await XlsxWorkbook.fromBytes(Buffer.from(await book.xlsx.writeBuffer()));
    await port.writeSheet({
      sheet: "Journal",
      blocks: [{ at: "F5", values: [["Email"], ["Web"]] }],
      names: [],
      lists: [{ range: "C2:C4", source: "F5:F6" }],
    });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await port.toBytes()) as never);
    const sheet = back.getWorksheet("Journal")!;

    for (const address of ["C2", "C3", "C4"])
      expect(sheet.getCell(address).dataValidation).toEqual({
        type: "list",
        allowBlank: true,
        formulae: ["$F$5:$F$6"],
      });
    expect(sheet.getCell("C5").dataValidation).toBeUndefined();
    expect(sheet.getCell("B2").dataValidation).toBeUndefined();
  });
});
