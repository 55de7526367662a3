import ExcelJS from "exceljs";
import { setFormat, writeCell } from "../../../src/workbook/xlsx/xlsxCells";

describe("number formats in an .xlsx workbook", () => {
  test("cells of one style share one style object (exceljs writes those fastest), and changing one leaves the others", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    writeCell(sheet.getCell("A1"), "=not a formula");
    writeCell(sheet.getCell("A2"), "+1 555");
    writeCell(sheet.getCell("A3"), 46000, "date");
    expect(sheet.getCell("A1").style).toBe(sheet.getCell("A2").style);

    setFormat(sheet.getCell("A1"), "0.0");
    sheet.getCell("A2").style = { ...sheet.getCell("A2").style, font: { bold: true } };

    expect(sheet.getCell("A1").numFmt).toBe("0.0");
    expect(sheet.getCell("A1").font?.bold).toBeUndefined();
    expect(sheet.getCell("A2").numFmt).toBe("@");
    expect(sheet.getCell("A2").font?.bold).toBe(true);
    expect(sheet.getCell("A3").numFmt).toBe("yyyy-mm-dd");
  });
});
