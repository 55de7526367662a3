/** Bringing a sheet the add-in wrote to the front, in Excel (fake context) and in memory. */
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { ExcelWorkbook } from "../../src/workbook/office/excelWorkbook";
import { FakeExcel } from "./office/fakeExcel";

describe("showSheet", () => {
  test("in Excel: activates the sheet in one sync", async () => {
    const excel = new FakeExcel();
    excel.model.addSheet("Clients");
    excel.model.addSheet("Ames");
    const before = excel.syncs;
    expect(await new ExcelWorkbook(excel.run).showSheet("Ames")).toEqual({ ok: true });
    expect(excel.syncs - before).toBe(1);
    expect(excel.model.activeSheet?.name).toBe("Ames");
  });

  test("in Excel: a sheet deleted meanwhile is refused with its name", async () => {
    const excel = new FakeExcel();
    excel.model.addSheet("Clients");
    const shown = await new ExcelWorkbook(excel.run).showSheet("Ames");
    expect(shown.ok).toBe(false);
    expect(!shown.ok && shown.message).toContain('"Ames"');
    expect(excel.model.activeSheet?.name).toBe("Clients");
  });

  test("in memory: remembers the sheet shown, refuses one that is gone", async () => {
    const port = new MemoryWorkbook();
    await port.createTable("Client list", "Clients", ["Name"], [["Ames"]], []);
    expect(await port.showSheet("Client list")).toEqual({ ok: true });
    expect(port.shownSheet).toBe("Client list");
    expect((await port.showSheet("Gone")).ok).toBe(false);
  });
});
