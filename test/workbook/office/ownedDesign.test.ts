/**
 * The design system through the Office.js adapter, on the fake context: looks as built-in styles,
 * table blocks as Excel tables found again by name, conditional formats, print titles and hidden
 * helper sheets — each in the same fixed number of syncs as a plain sheet.
 */
import { ExcelWorkbook } from "../../../src/workbook/office/excelWorkbook";
import { FakeExcel } from "./fakeExcel";
import { dashboard } from "../designLayout";

function officeBook(minor = 17) {
  const excel = new FakeExcel();
  excel.excelApiMinor = minor;
  return { excel, workbook: new ExcelWorkbook(excel.run, { excelApi: excel.supports }) };
}

describe("writeSheet: the design system", () => {
  test("looks are Excel's built-in styles; a look keeps its own bold unless the block says", async () => {
    const { excel, workbook } = officeBook();
    await workbook.writeSheet(dashboard(3));
    const sheet = excel.model.sheet("Dash")!;
    expect(sheet.styles.get("0,0")).toBe("Title");
    expect(sheet.styles.get("1,0")).toBe("Explanatory Text");
    expect(sheet.styles.get("2,0")).toBe("Heading 2");
    expect(sheet.styles.has("3,0")).toBe(false);
    expect(sheet.bold.has("0,0")).toBe(false);
  });

  test("a table block becomes a table of its name and style; written again longer or shorter, it is resized", async () => {
    const { excel, workbook } = officeBook();
    await workbook.writeSheet(dashboard(3));
    const [made] = excel.model.tables;
    expect(made).toMatchObject({ name: "RH_Tiers", style: "TableStyleLight9", top: 3 });
    expect(made.rowCount).toBe(3);

    excel.syncs = 0;
    await workbook.writeSheet(dashboard(6));
    expect(excel.syncs).toBe(2);
    expect(excel.model.tables).toHaveLength(1);
    expect(excel.model.tables[0]).toMatchObject({ name: "RH_Tiers", rowCount: 6, columns: 2 });
    expect(excel.model.values(excel.model.tables[0]).at(-1)).toEqual(["T5", 5]);

    await workbook.writeSheet(dashboard(2));
    expect(excel.model.tables[0].rowCount).toBe(2);
  });

  test("a host without Table.resize (before ExcelApi 1.13) makes the table anew under its name", async () => {
    const { excel, workbook } = officeBook(12);
    await workbook.writeSheet(dashboard(3));
    await workbook.writeSheet(dashboard(5));
    expect(excel.model.tables.map((t) => [t.name, t.rowCount, t.style])).toEqual([
      ["RH_Tiers", 5, "TableStyleLight9"],
    ]);
  });

  test("highlights are conditional formats, drawn anew (not stacked) on a refresh", async () => {
    const { excel, workbook } = officeBook();
    await workbook.writeSheet(dashboard(3));
    await workbook.writeSheet(dashboard(3));
    const formats = excel.model.sheet("Dash")!.conditionalFormats;
    expect(formats).toEqual([
      { row: 4, column: 1, rows: 3, columns: 1, type: "DataBar" },
      {
        row: 4,
        column: 2,
        rows: 5,
        columns: 1,
        type: "CellValue",
        font: "#9C0006",
        fill: "#FFC7CE",
        rule: { formula1: "0", operator: "GreaterThan" },
      },
    ]);
  });

  test("header rows print on every page (ExcelApi 1.9); an older host prints them once", async () => {
    const { excel, workbook } = officeBook();
    await workbook.writeSheet(dashboard(3));
    expect(excel.model.sheet("Dash")!.printTitleRows).toBe("$4:$4");

    const old = officeBook(8);
    await old.workbook.writeSheet(dashboard(3));
    expect(old.excel.model.sheet("Dash")!.printTitleRows).toBeNull();
  });

  test("a helper sheet is hidden, in the same two syncs as a new sheet", async () => {
    const { excel, workbook } = officeBook();
    await workbook.writeSheet({
      sheet: "Front",
      blocks: [{ at: "A1", values: [["x"]] }],
      names: [],
    });
    excel.syncs = 0;
    await workbook.writeSheet({
      sheet: "Helper",
      blocks: [{ at: "A1", values: [["data"]] }],
      names: [],
      hidden: true,
    });
    expect(excel.syncs).toBe(2);
    expect(excel.model.sheet("Helper")!.visibility).toBe("Hidden");
    expect(excel.model.sheet("Front")!.visibility).toBe("Visible");
  });

  test("a new sheet with every feature still takes 2 syncs, and 3 when rewritten with a print area", async () => {
    const { excel, workbook } = officeBook();
    const layout = { ...dashboard(40), printArea: "A1:B44" };
    await workbook.writeSheet(layout);
    const created = excel.syncs;
    excel.syncs = 0;
    await workbook.writeSheet(layout);
    expect([created, excel.syncs]).toEqual([2, 3]);
  });
});

describe("readSheetValues", () => {
  test("one sync: a sheet's values, blanks as empty strings; null for a sheet that is gone", async () => {
    const { excel, workbook } = officeBook();
    await workbook.writeSheet(dashboard(2));
    excel.syncs = 0;

    expect(await workbook.readSheetValues("Dash", "A4:C6")).toEqual([
      ["Tier", "Clients", ""],
      ["T0", 0, ""],
      ["T1", 1, ""],
    ]);
    expect(excel.syncs).toBe(1);
    expect(await workbook.readSheetValues("Gone", "A1:B2")).toBeNull();
  });
});
