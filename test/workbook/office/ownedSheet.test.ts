/**
 * writeSheet through the Office.js adapter, on the fake context: a plan sheet from the real core
 * layout, its sync count, and what lands (formats, formulas, frozen rows, print area, widths).
 */
import { PLAN_ROWS, USER_REGION } from "../../../src/core/sheets/planSheet";
import { JOURNAL_LIST_ROWS, timeJournalSummary } from "../../../src/core/sheets/timeJournalSheet";
import { ExcelWorkbook } from "../../../src/workbook/office/excelWorkbook";
import { FakeExcel } from "./fakeExcel";
import { NOT_COMPUTED } from "./fakeModel";
import { PLAN_SHEET, amesPlan, history } from "./planBook";

function officeBook() {
  const excel = new FakeExcel();
  return { excel, workbook: new ExcelWorkbook(excel.run, { excelApi: excel.supports }) };
}

describe("writeSheet: a plan sheet", () => {
  test.each([0, 2000])(
    "with %i contacts in the history: 2 syncs when new, 3 when regenerated",
    async (contacts) => {
      const { excel, workbook } = officeBook();
      const log = history(contacts);

      await workbook.writeSheet(amesPlan(log, false));
      const created = excel.syncs;
      excel.syncs = 0;
      await workbook.writeSheet(amesPlan(log, true));

      expect([created, excel.syncs]).toEqual([2, 3]);
      const sheet = excel.model.sheet(PLAN_SHEET)!;
      const historyRow = PLAN_ROWS.history + 1; // zero-based: the first entry under the header
      expect(sheet.cell(historyRow, 5).value).toBe(
        contacts === 0 ? "" : "call 0: talked about the portfolio"
      );
      // The history has room for 50: the 2,000-entry plan sends as much as a short one.
      expect(Math.max(...excel.requests)).toBeLessThan(30_000);
    }
  );

  test("frozen title rows, the print area (a sheet-level Print_Area) and column widths land", async () => {
    const { excel, workbook } = officeBook();
    const layout = amesPlan(history(3), false);

    await workbook.writeSheet(layout);
    await workbook.writeSheet(amesPlan(history(3), true));

    const sheet = excel.model.sheet(PLAN_SHEET)!;
    expect(sheet.frozenRows).toBe(2);
    expect(layout.printArea).toBe("A1:H138");
    expect([...sheet.names.keys()]).toEqual(["Print_Area"]);
    expect(sheet.namedAddress("Print_Area")).toBe("A1:H138");
    expect(excel.model.names.size).toBe(0);
    expect([...sheet.columnWidths]).toEqual(
      [26, 24, 14, 16, 12, 34, 28, 10].map((characters, c) => [c, characters * 7])
    );
  });

  test("it prints one page wide, across the page (ExcelApi 1.9); an older host prints it as it is rather than fail", async () => {
    const { excel, workbook } = officeBook();
    await workbook.writeSheet(amesPlan(history(3), false));
    expect(excel.model.sheet(PLAN_SHEET)!.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
    expect(excel.model.sheet(PLAN_SHEET)!.orientation).toBe("Landscape");

    const old = new FakeExcel();
    old.excelApiMinor = 8;
    await new ExcelWorkbook(old.run, { excelApi: old.supports }).writeSheet(amesPlan([], false));
    expect(old.model.sheet(PLAN_SHEET)!.zoom).toBeNull();
    expect(old.model.sheet(PLAN_SHEET)!.orientation).toBeNull();
    expect(old.model.sheet(PLAN_SHEET)!.frozenRows).toBe(2);
    // Asked anyway, such a host fails the whole write: why the adapter asks first.
    const told = new FakeExcel();
    told.excelApiMinor = 8;
    await expect(
      new ExcelWorkbook(told.run, { excelApi: () => true }).writeSheet(amesPlan([], false))
    ).rejects.toThrow("ExcelApi 1.9");
  });

  test("dates, scores and text get their formats; a blank keeps its column's format for typing", async () => {
    const { excel, workbook } = officeBook();

    await workbook.writeSheet(amesPlan(history(3), false));

    const sheet = excel.model.sheet(PLAN_SHEET)!;
    const at = (a1row: number, column: number) => sheet.cell(a1row - 1, column);
    expect(at(PLAN_ROWS.history + 2, 0).format).toBe("yyyy-mm-dd");
    expect(at(PLAN_ROWS.profile + 1, 1)).toEqual({ value: "C-1", format: "@" });
    expect(at(PLAN_ROWS.profile + 4, 1).format).toBe("0.0");
    // The objectives' Due column is blank, formatted as a date for what the user types there.
    expect(at(PLAN_ROWS.objectives + 2, 4)).toEqual({ value: "", format: "yyyy-mm-dd" });
    expect(sheet.formulas).toEqual([]);
  });

  test("regenerating rewrites the generated parts and keeps every cell the user typed elsewhere", async () => {
    const { excel, workbook } = officeBook();
    await workbook.writeSheet(amesPlan(history(1), false));
    const sheet = excel.model.sheet(PLAN_SHEET)!;
    const typed: [number, number, string][] = [
      [PLAN_ROWS.history + 60, 0, "my own summary"],
      [3, 9, "=my note"],
    ];
    for (let row = USER_REGION.from; row <= USER_REGION.to; row++)
      for (let column = 0; column < 6; column++)
        typed.push([row - 1, column, `user r${row}c${column}`]);
    for (const [row, column, text] of typed) sheet.put(row, column, { value: text, format: "@" });

    await workbook.writeSheet(amesPlan(history(4), true));

    for (const [row, column, text] of typed) expect(sheet.cell(row, column).value).toBe(text);
    expect(sheet.cell(PLAN_ROWS.history + 4, 5).value).toBe("call 3: talked about the portfolio");
  });
});

describe("writeSheet: formulas and text", () => {
  test("a formula block lands as formulas; its labels, and any string elsewhere, as text", async () => {
    const { excel, workbook } = officeBook();

    await workbook.writeSheet({ ...timeJournalSummary(), sheet: "Time Journal" });
    await workbook.writeSheet({
      sheet: "Time Journal",
      blocks: [
        { at: "A20", values: [["=1+1", "007", 5]], formats: ["General", "0", "0"] },
        { at: "A21", values: [["=1+1"]] },
      ],
      names: [],
    });

    const sheet = excel.model.sheet("Time Journal")!;
    expect(sheet.cell(4, 5)).toEqual({ value: "Client interaction", format: "@" });
    expect(sheet.cell(4, 6)).toEqual({
      value: NOT_COMPUTED,
      format: "0",
      formula: "=SUMIFS(TimeJournal[Minutes],TimeJournal[Category],F5)",
    });
    expect(sheet.cell(4, 7).formula).toBe(
      "=IF(SUM(TimeJournal[Minutes])>0,G5/SUM(TimeJournal[Minutes]),0)"
    );
    expect(sheet.cell(4, 8)).toEqual({ value: 0.04, format: "0%" });
    expect(sheet.cell(19, 0)).toEqual({ value: "=1+1", format: "@" });
    expect(sheet.cell(19, 1)).toEqual({ value: "007", format: "@" });
    expect(sheet.cell(19, 2)).toEqual({ value: 5, format: "0" });
    expect(sheet.cell(20, 0)).toEqual({ value: "=1+1", format: "@" });
    expect(sheet.formulas).toEqual([]);
  });
});

describe("writeSheet: room for long text", () => {
  test("a wrapping block wraps, top-aligned, and its rows take the height asked; others are left alone", async () => {
    const { excel, workbook } = officeBook();

    await workbook.writeSheet({
      sheet: "Notes",
      blocks: [
        { at: "A1", values: [["Title"]] },
        {
          at: "B3",
          values: [
            ["a long note", "x"],
            ["", ""],
          ],
          wrap: true,
          rowHeight: 45,
        },
      ],
      names: [],
    });

    const sheet = excel.model.sheet("Notes")!;
    expect([...sheet.wrapped].sort()).toEqual(["2,1", "2,2", "3,1", "3,2"]);
    expect(sheet.verticalAlignment.get("2,1")).toBe("Top");
    expect([...sheet.rowHeights]).toEqual([
      [2, 45],
      [3, 45],
    ]);
  });
});

describe("writeSheet: drop-down lists", () => {
  test("the Time Journal's categories are a list over the summary's names (ExcelApi 1.8); an older host leaves the cells free", async () => {
    const { excel, workbook } = officeBook();
    await workbook.writeSheet({ ...timeJournalSummary(), sheet: "Time Journal" });

    expect(excel.model.sheet("Time Journal")!.validations).toEqual([
      {
        row: 1,
        column: 2,
        rows: JOURNAL_LIST_ROWS,
        columns: 1,
        rule: { list: { inCellDropDown: true, source: "=$F$5:$F$12" } },
      },
    ]);

    const old = new FakeExcel();
    old.excelApiMinor = 7;
    await new ExcelWorkbook(old.run, { excelApi: old.supports }).writeSheet({
      ...timeJournalSummary(),
      sheet: "Time Journal",
    });
    expect(old.model.sheet("Time Journal")!.validations).toEqual([]);
  });
});
