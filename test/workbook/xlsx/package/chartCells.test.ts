/** The cells a layout writes, as the lookup that fills a chart's caches. */
import { layoutCells } from "../../../../src/workbook/xlsx/package/chartParts";
import type { SheetLayout } from "../../../../src/workbook/workbookPort";

describe("layoutCells", () => {
  const layout: SheetLayout = {
    sheet: "Coverage",
    blocks: [
      { at: "A1", values: [["Title"]] },
      {
        at: "B16",
        values: [
          [100, 0.5],
          [50, "=B16/2"],
        ],
        formats: ["#,##0", "0%"],
        formulas: true,
      },
    ],
    names: [],
  };
  const cells = layoutCells(layout);

  test("finds each block's cells with their formats, by sheet (any case) and address", () => {
    expect(cells("Coverage", "A1")).toEqual({ value: "Title" });
    expect(cells("coverage", "B16")).toEqual({ value: 100, format: "#,##0" });
    expect(cells("Coverage", "C16")).toEqual({ value: 0.5, format: "0%" });
    expect(cells("Coverage", "B17")).toEqual({ value: 50, format: "#,##0" });
  });

  test("knows nothing of formulas' results, other cells or other sheets", () => {
    expect(cells("Coverage", "C17")).toBeUndefined();
    expect(cells("Coverage", "Z99")).toBeUndefined();
    expect(cells("Plan", "A1")).toBeUndefined();
  });
});
