/**
 * The design system in an .xlsx written by exceljs, read back from the saved bytes: looks as
 * theme-coloured fonts and borders, table blocks as styled tables found again by name, conditional
 * formats, print titles and hidden helper sheets.
 */
import ExcelJS from "exceljs";
import { dashboard } from "../designLayout";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";

async function savedAndRead(book: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load((await book.toBytes()) as unknown as ExcelJS.Buffer);
  return read;
}

describe("XlsxWorkbook.writeSheet: the design system", () => {
  test("looks are theme-coloured fonts and borders, with no fill", async () => {
    const book = new XlsxWorkbook();
    await book.writeSheet(dashboard(3));
    const sheet = (await savedAndRead(book)).getWorksheet("Dash")!;
    const title = sheet.getCell("A1").style;
    expect(title.font).toMatchObject({ size: 18, color: { theme: 3 } });
    expect(title.fill?.type === "pattern" ? title.fill.pattern : "none").toBe("none");
    const section = sheet.getCell("A3").style;
    // This block says bold: false over the look's bold.
    expect(section.font).toMatchObject({ size: 13, color: { theme: 3 } });
    expect(section.font?.bold ?? false).toBe(false);
    expect(section.border?.bottom).toMatchObject({ style: "thick", color: { theme: 4 } });
  });

  test("a table block is a styled table; written again with more rows it is one table, resized", async () => {
    const book = new XlsxWorkbook();
    await book.writeSheet(dashboard(3));
    await book.writeSheet(dashboard(6));
    const read = await savedAndRead(book);
    const tables = await new XlsxWorkbook(read).listTables();
    expect(tables).toEqual([
      { name: "RH_Tiers", sheet: "Dash", headers: ["Tier", "Clients"], rowCount: 6 },
    ]);
    const model = (
      read.getWorksheet("Dash")!.getTable("RH_Tiers") as unknown as {
        model: { style: { theme: string } };
      }
    ).model;
    expect(model.style.theme).toBe("TableStyleLight9");
    expect((await new XlsxWorkbook(read).readTable("RH_Tiers")).rows.at(-1)).toEqual(["T5", 5]);
  });

  test("conditional formats, print titles and a hidden helper sheet survive the save", async () => {
    const book = new XlsxWorkbook();
    await book.writeSheet(dashboard(3));
    await book.writeSheet(dashboard(3));
    await book.writeSheet({
      sheet: "Helper",
      blocks: [{ at: "A1", values: [["data"]] }],
      names: [],
      hidden: true,
    });
    const read = await savedAndRead(book);
    const sheet = read.getWorksheet("Dash")!;
    const formats = (
      sheet as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string; operator?: string }[] }[];
      }
    ).conditionalFormattings;
    expect(formats.map((f) => [f.ref, f.rules[0].type, f.rules[0].operator])).toEqual([
      ["B5:B7", "dataBar", undefined],
      ["C5:C9", "cellIs", "greaterThan"],
    ]);
    expect(sheet.pageSetup.printTitlesRow).toBe("4:4");
    expect(read.getWorksheet("Helper")!.state).toBe("hidden");
    expect(sheet.state).toBe("visible");
  });
});
