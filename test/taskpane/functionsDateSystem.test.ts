/**
 * Start-up: the functions learn the workbook's date system once, and a 1904 workbook is
 * recalculated in full, since results worked out meanwhile assumed 1900.
 */
import { setWorkbookDateSystem, workbookDateSystem } from "../../src/functions/dateSystem";
import { adoptWorkbookDateSystem, recalculateAll } from "../../src/taskpane/functionsDateSystem";
import type { RunBatch } from "../../src/workbook/office/excelWorkbook";
import { FakeExcel } from "../workbook/office/fakeExcel";

function excelIn(date1904: boolean): FakeExcel {
  const excel = new FakeExcel();
  excel.model.date1904 = date1904;
  return excel;
}

let warn: jest.SpyInstance;
beforeEach(() => {
  warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
  setWorkbookDateSystem("1900");
});

describe("recalculateAll", () => {
  test("asks for a full calculation (NEXTCONTACT is not volatile) and syncs it", async () => {
    const calls: string[] = [];
    const context = {
      workbook: { application: { calculate: (type: string) => calls.push(`calculate ${type}`) } },
      sync: async () => {
        calls.push("sync");
      },
    };
    const run: RunBatch = (batch) => batch(context as unknown as Excel.RequestContext);
    await recalculateAll(run);
    expect(calls).toEqual(["calculate Full", "sync"]);
  });
});

describe("adoptWorkbookDateSystem", () => {
  test("a 1904 workbook: the functions switch to 1904 and Excel recalculates in full, once", async () => {
    const excel = excelIn(true);
    await expect(adoptWorkbookDateSystem(excel.run)).resolves.toBe("1904");
    expect(workbookDateSystem()).toBe("1904");
    expect(excel.calculations).toEqual(["Full"]);
    expect(excel.syncs).toBe(2);
    expect(warn).not.toHaveBeenCalled();
  });

  test("a 1900 workbook: 1900, one sync and no recalculation", async () => {
    setWorkbookDateSystem("1904"); // as if a previous answer had been different
    const excel = excelIn(false);
    await expect(adoptWorkbookDateSystem(excel.run)).resolves.toBe("1900");
    expect(workbookDateSystem()).toBe("1900");
    expect(excel.calculations).toEqual([]);
    expect(excel.syncs).toBe(1);
  });

  test("when Excel cannot be asked, 1900 stays, the failure is logged and nothing throws", async () => {
    const failing: RunBatch = () => Promise.reject(new Error("RichApi.Error: the host is busy"));
    await expect(adoptWorkbookDateSystem(failing)).resolves.toBe("1900");
    expect(workbookDateSystem()).toBe("1900");
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/date system/), expect.any(Error));
  });

  test("when the recalculation fails, 1904 still holds and the failure is logged", async () => {
    const excel = excelIn(true);
    let batches = 0;
    // The first batch (the date) goes through; the second (the calculation) fails.
    const run: RunBatch = (batch) =>
      ++batches === 1 ? excel.run(batch) : Promise.reject(new Error("GeneralException"));
    await expect(adoptWorkbookDateSystem(run)).resolves.toBe("1904");
    expect(workbookDateSystem()).toBe("1904");
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/recalculate/), expect.any(Error));
  });
});
