/**
 * The add-in's settings travel with the file: a workbook the command line wrote keeps them on the
 * hidden sheet "_RelationshipHour", which the pane reads first and keeps up to date.
 */
import ExcelJS from "exceljs";
import { ExcelWorkbook } from "../../src/workbook/office/excelWorkbook";
import { SETTINGS_STORE_SHEET } from "../../src/workbook/shared/settingsStoreSheet";
import { loadStoredSetting } from "../../src/workbook/xlsx/xlsxSettingsStore";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { FakeExcel } from "./office/fakeExcel";
import type { FakeSheet } from "./office/fakeModel";

const MAPPING = "relationshipHour.mapping";

/** The hidden sheet as the command line writes it, copied cell by cell into the fake Excel. */
async function fromCommandLine(
  settings: Record<string, string>
): Promise<{ excel: FakeExcel; sheet: FakeSheet }> {
  const file = new XlsxWorkbook();
  for (const [key, value] of Object.entries(settings)) await file.saveSetting(key, value);
  const written = file.workbook.getWorksheet(SETTINGS_STORE_SHEET)!;
  const excel = new FakeExcel();
  const sheet = excel.model.addSheet(SETTINGS_STORE_SHEET);
  written.eachRow((row, r) =>
    row.eachCell((cell, c) => sheet.put(r - 1, c - 1, { value: String(cell.value), format: "@" }))
  );
  return { excel, sheet };
}

describe("the hidden settings sheet in Excel", () => {
  test("a value the command line stored wins over Office's setting, in two syncs", async () => {
    const { excel } = await fromCommandLine({ [MAPPING]: '{"table":"Clients"}', other: "1" });
    excel.model.settings.set(MAPPING, '{"table":"Old"}');
    const workbook = new ExcelWorkbook(excel.run);

    expect(await workbook.loadSetting(MAPPING)).toBe('{"table":"Clients"}');
    expect(excel.syncs).toBe(2);
    excel.model.settings.set("onlyInOffice", "x");
    expect(await workbook.loadSetting("onlyInOffice")).toBe("x");
    expect(await workbook.loadSetting("nowhere")).toBeNull();
  });

  test("without the sheet, settings are Office's alone: one sync each, and no sheet is made", async () => {
    const excel = new FakeExcel();
    const workbook = new ExcelWorkbook(excel.run);

    await workbook.saveSetting(MAPPING, "{}");
    expect(await workbook.loadSetting(MAPPING)).toBe("{}");
    expect(excel.syncs).toBe(2);
    expect(excel.model.sheet(SETTINGS_STORE_SHEET)).toBeNull();
  });

  test("saving updates the key's row and adds a new key on the next free row, as text; the command line reads them back", async () => {
    const { excel, sheet } = await fromCommandLine({ [MAPPING]: "old", other: "1" });
    const workbook = new ExcelWorkbook(excel.run);

    await workbook.saveSetting(MAPPING, "new");
    expect(excel.syncs).toBe(3);
    await workbook.saveSetting("formula-like", "=1+1");

    expect(excel.model.settings.get(MAPPING)).toBe("new");
    expect([sheet.cell(1, 0).value, sheet.cell(1, 1).value]).toEqual([MAPPING, "new"]);
    expect([sheet.cell(2, 0).value, sheet.cell(2, 1).value]).toEqual(["other", "1"]);
    expect(sheet.cell(3, 1)).toEqual({ value: "=1+1", format: "@" });
    expect(sheet.formulas).toEqual([]);

    // The same rows, back in an .xlsx, are what the command line reads.
    const back = new ExcelJS.Workbook();
    const copy = back.addWorksheet(SETTINGS_STORE_SHEET);
    for (let r = 0; r < 4; r++)
      for (let c = 0; c < 2; c++)
        copy.getCell(r + 1, c + 1).value = sheet.cell(r, c).value as string;
    expect(loadStoredSetting(back, MAPPING)).toBe("new");
    expect(loadStoredSetting(back, "formula-like")).toBe("=1+1");
  });
});
