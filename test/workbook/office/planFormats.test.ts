/**
 * Number formats on the sheets the add-in writes. Excel shows 4 as "4." under "0.##", so no
 * format may end in optional decimals; whole amounts get thousands and no decimals.
 */
import { DEFAULT_SETTINGS, settingsLayout } from "../../../src/core/book/settings";
import type { SheetLayout } from "../../../src/workbook/workbookPort";
import { PLAN_ROWS } from "../../../src/core/sheets/planSheet";
import { ExcelWorkbook } from "../../../src/workbook/office/excelWorkbook";
import { FakeExcel } from "./fakeExcel";
import { PLAN_SHEET, amesPlan, history } from "./planBook";

function formatsOf(layout: Pick<SheetLayout, "blocks">): string[] {
  return layout.blocks.flatMap((b) => [...(b.formats ?? [])]);
}

test("no format shows a trailing decimal point; the breakdown's whole values get #,##0", () => {
  const plan = amesPlan(history(2), false);
  const settings = settingsLayout({ ...DEFAULT_SETTINGS, weights: { products: 0.5 } });
  for (const format of [...formatsOf(plan), ...formatsOf(settings)])
    expect([format, /\.#+(;|$)/.test(format)]).toEqual([format, false]);

  const revenue = plan.blocks.find((b) => b.values[0]?.[0] === "Revenue")!;
  expect(revenue.values[0][1]).toBe(48000);
  expect(revenue.formats?.[1]).toBe("#,##0");
  expect(revenue.formats?.[3]).toBe("General");
});

test("the objectives' revenue prints as money; the other objectives keep General", async () => {
  const excel = new FakeExcel();
  const workbook = new ExcelWorkbook(excel.run, { excelApi: excel.supports });
  await workbook.writeSheet(amesPlan(history(2), false));

  const sheet = excel.model.sheet(PLAN_SHEET)!;
  const first = PLAN_ROWS.objectives + 1; // zero-based: the first objective under its header
  expect(sheet.cell(first, 0).value).toBe("Grow revenue");
  expect(sheet.cell(first, 2)).toEqual({ value: 48000, format: "#,##0" });
  expect(sheet.cell(first, 3)).toEqual({ value: 52800, format: "#,##0" });
  expect(sheet.cell(first + 1, 2).format).toBe("General");
});

test("the history wraps its notes in the widest column", async () => {
  const excel = new FakeExcel();
  const workbook = new ExcelWorkbook(excel.run, { excelApi: excel.supports });
  const layout = amesPlan(history(2), false);
  await workbook.writeSheet(layout);

  const sheet = excel.model.sheet(PLAN_SHEET)!;
  const notes = `${PLAN_ROWS.history + 1},5`; // zero-based: the first entry's notes
  expect(sheet.wrapped.has(notes)).toBe(true);
  expect(sheet.verticalAlignment.get(notes)).toBe("Top");
  expect(Math.max(...layout.columnWidths!)).toBe(layout.columnWidths![5]);
  expect(layout.columnWidths![5]).toBeGreaterThanOrEqual(34);
});
