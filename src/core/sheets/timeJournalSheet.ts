/**
 * The Time Journal sheet (the 24-hour challenge): a table to log a day's activities, and beside
 * it live formulas giving each category's minutes and share against the agents' day in the study
 * (4% with clients), and a chart of the two side by side that follows the journal as it fills.
 * The formulas follow journalShares() in timeJournal.ts.
 */
import type { SheetLayout } from "./sheetLayout";
import type { Cell } from "../cells/cells";
import { columnCells, type SheetChart } from "./sheetChart";
import { AGENT_BENCHMARK, JOURNAL_CATEGORIES } from "../reviews/timeJournal";
import { columnRef } from "./timeBudgetSheet";

export const TIME_JOURNAL_SHEET = "Time Journal";
export const TIME_JOURNAL_TABLE = "TimeJournal";
export const TIME_JOURNAL_HEADERS = ["Start", "Activity", "Category", "Minutes"] as const;
export const JOURNAL_CHART = "RH_TimeByCategory";
/** Journal rows offered the category drop-down: days of 15-minute entries, many times over. */
export const JOURNAL_LIST_ROWS = 500;

/**
 * The journal starts empty: example rows had to be deleted before the day could be logged, and
 * counted in the shares when forgotten.
 */
export const FIRST_ENTRIES: Cell[][] = [];

export function timeJournalSummary(): SheetLayout {
  const minutes = columnRef(TIME_JOURNAL_TABLE, "Minutes");
  const category = columnRef(TIME_JOURNAL_TABLE, "Category");
  const first = 5;
  const rows: Cell[][] = JOURNAL_CATEGORIES.map((name, i) => {
    const r = first + i;
    return [
      name,
      `=SUMIFS(${minutes},${category},F${r})`,
      `=IF(SUM(${minutes})>0,G${r}/SUM(${minutes}),0)`,
      AGENT_BENCHMARK.get(name) ?? "",
    ];
  });
  const total = first + rows.length;
  const categories = columnCells("F", first, rows.length);
  // Shares rather than minutes, so the day sets against the study's whatever its length.
  const chart: SheetChart = {
    name: JOURNAL_CHART,
    kind: "clusteredColumn",
    title: "Where the day went, against the agents' day",
    series: [
      { name: "Your day", values: columnCells("H", first, rows.length), categories },
      { name: "Agents' day (study)", values: columnCells("I", first, rows.length), categories },
    ],
    // Under the summary, not beside it: the sheet stays nine columns wide, one page in print.
    placement: `F${total + 2}:I${total + 20}`,
  };
  return {
    sheet: TIME_JOURNAL_SHEET,
    blocks: [
      { at: "F1", values: [["The 24-hour challenge: where did the day go?"]], look: "title" },
      {
        at: "F2",
        // Two short lines rather than one that runs off the printed page.
        values: [
          ["Log the day at left; the shares update as you type."],
          ["Agents in the study: 4% of their day with clients."],
        ],
        look: "note",
      },
      {
        at: "F4",
        values: [["Category", "Minutes", "Share", "Agents' day (study)"]],
        bold: true,
        look: "heading",
        wrap: true,
        rowHeight: 30,
      },
      { at: `F${first}`, values: rows, formats: ["@", "0", "0%", "0%"], formulas: true },
      {
        at: `F${total}`,
        values: [["All", `=SUM(${minutes})`, "", ""]],
        formats: ["@", "0", "@", "@"],
        bold: true,
        look: "total",
        formulas: true,
      },
    ],
    names: [],
    // Narrow enough that a day of entries prints on one portrait page, one page wide.
    columnWidths: [8, 30, 20, 9, 3, 22, 9, 8, 14],
    printOnePageWide: true,
    charts: [chart],
    // Categories from the summary's own list, so a renamed category is offered as renamed and
    // every entry counts in one of the summary's rows.
    lists: [
      { range: `C2:C${JOURNAL_LIST_ROWS + 1}`, source: `F${first}:F${first + rows.length - 1}` },
    ],
  };
}
