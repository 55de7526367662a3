/**
 * The .xlsx workbook and the layouts' charts: exceljs cannot write charts, so a sheet written
 * from the command line keeps the data a chart would draw, and no chart (Excel draws them when the
 * add-in next refreshes the sheet).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DEFAULT_CADENCE } from "../../src/core/rotation/cadence";
import { coverage, paretoSeries } from "../../src/core/reviews/coverage";
import {
  COVERAGE_DATA_SHEET,
  coverageDataLayout,
  coverageLayout,
} from "../../src/core/sheets/coverageSheet";
import { STANDARD_CALENDAR } from "../../src/core/dates/workdays";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { AS_OF, ROWS } from "../fixtures/smallBook";

test("a layout's charts are left out of an .xlsx; the data they draw is written", async () => {
  const result = coverage(
    [{ tier: "A", lastContact: AS_OF }],
    DEFAULT_CADENCE,
    STANDARD_CALENDAR,
    AS_OF
  );
  const pareto = paretoSeries(ROWS.map((r) => ({ label: String(r[1]), value: Number(r[3]) })));
  const layout = coverageLayout(result, pareto, AS_OF);
  expect(layout.charts).toHaveLength(2);
  const port = new XlsxWorkbook();

  await port.writeSheet(coverageDataLayout(result, pareto));
  await port.writeSheet(layout);

  const bytes = await port.workbook.xlsx.writeBuffer();
  const parts = Object.keys((await JSZip.loadAsync(bytes)).files);
  expect(parts.filter((p) => /chart|drawing/i.test(p))).toEqual([]);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(bytes);
  // The charts' data is on the helper sheet, which is hidden.
  const sheet = reread.getWorksheet(COVERAGE_DATA_SHEET)!;
  expect(sheet.state).toBe("hidden");
  expect([sheet.getCell("A4").value, sheet.getCell("B4").value]).toEqual(["Ames", 48000]);
  expect(sheet.getCell("G4").value).toBe(1);
});
