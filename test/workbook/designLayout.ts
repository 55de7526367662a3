/**
 * A small dashboard using every part of the design system (looks, a table block, highlights,
 * print titles), for the writers' tests: the same layout through Office.js, exceljs and memory.
 */
import type { SheetLayout } from "../../src/core/sheets/sheetLayout";

export function dashboard(rows: number, sheet = "Dash"): SheetLayout {
  return {
    sheet,
    blocks: [
      { at: "A1", values: [["Coverage"]], look: "title" },
      { at: "A2", values: [["Refreshed today"]], look: "note" },
      { at: "A3", values: [["Tiers"]], look: "section", bold: false },
      {
        at: "A4",
        values: [["Tier", "Clients"], ...Array.from({ length: rows }, (_, i) => [`T${i}`, i])],
        formats: ["@", "0"],
        table: { name: "RH_Tiers", style: "TableStyleLight9" },
      },
    ],
    names: [],
    highlights: [
      { range: `B5:B${4 + rows}`, kind: "dataBar" },
      { range: "C5:C9", kind: "over", value: 0, look: "bad" },
    ],
    repeatRows: "4:4",
  };
}
