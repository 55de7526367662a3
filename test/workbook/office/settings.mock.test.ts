/**
 * Settings through office-addin-mock, which fits this simple case: a seeded setting, a missing one,
 * and a call to add. (The rest of the adapter needs tables, collections and null objects made on
 * the fly, which the mock cannot express: see fakeExcel.ts.)
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelWorkbook } from "../../../src/workbook/office/excelWorkbook";

function mockWorkbook(added: [string, unknown][]) {
  const context = new OfficeMockObject({
    workbook: {
      settings: {
        cadence: { value: '{"A":90,"B":180}', isNullObject: false },
        missing: { value: "", isNullObject: true },
        getItemOrNullObject(this: Record<string, OfficeMockObject>, key: string) {
          const item = key === "cadence" ? this.cadence : this.missing;
          // Office loads isNullObject at every sync by itself; the mock needs telling.
          item.load("isNullObject");
          return item;
        },
        add(key: string, value: unknown) {
          added.push([key, value]);
        },
      },
      // No hidden settings sheet from the command line in this workbook.
      worksheets: {
        store: { isNullObject: true, name: "" },
        getItemOrNullObject(this: Record<string, OfficeMockObject>) {
          this.store.load("isNullObject");
          return this.store;
        },
      },
    },
  });
  return new ExcelWorkbook((batch) => batch(context as unknown as Excel.RequestContext));
}

test("loadSetting gives a stored setting's value, and null for a key never saved", async () => {
  const workbook = mockWorkbook([]);

  expect(await workbook.loadSetting("cadence")).toBe('{"A":90,"B":180}');
  expect(await workbook.loadSetting("tiers")).toBeNull();
});

test("saveSetting adds the value to the workbook's settings as a string", async () => {
  const added: [string, unknown][] = [];

  await mockWorkbook(added).saveSetting("cadence", '{"A":60}');

  expect(added).toEqual([["cadence", '{"A":60}']]);
});
