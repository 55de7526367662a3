import { createTimeJournal } from "../../src/app/journalActions";
import {
  JOURNAL_CHART,
  JOURNAL_LIST_ROWS,
  TIME_JOURNAL_SHEET,
} from "../../src/core/sheets/timeJournalSheet";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

describe("the Time Journal sheet", () => {
  test("an empty journal table, and live shares against the agents' day", async () => {
    const port = new MemoryWorkbook();
    expect(await createTimeJournal(port)).toEqual({ sheet: TIME_JOURNAL_SHEET, created: true });
    const table = port.tables.get("TimeJournal")!;
    expect(table.headers).toEqual(["Start", "Activity", "Category", "Minutes"]);
    // Nothing to delete before logging the day.
    expect(table.rows).toEqual([]);
    const cells = port.sheets.get(TIME_JOURNAL_SHEET)!;
    expect(cells.get("4,5")).toBe("Client interaction");
    expect(cells.get("4,6")).toBe("=SUMIFS(TimeJournal[Minutes],TimeJournal[Category],F5)");
    expect(cells.get("4,7")).toBe(
      "=IF(SUM(TimeJournal[Minutes])>0,G5/SUM(TimeJournal[Minutes]),0)"
    );
    expect(cells.get("4,8")).toBe(0.04);
    // The Category column offers the summary's categories.
    expect(port.lists.get(TIME_JOURNAL_SHEET)).toEqual([
      { range: `C2:C${JOURNAL_LIST_ROWS + 1}`, source: "F5:F12" },
    ]);
    const [chart] = port.charts.get(TIME_JOURNAL_SHEET)!;
    expect(chart.name).toBe(JOURNAL_CHART);
    expect(chart.series.map((s) => [s.name, s.values, s.categories])).toEqual([
      ["Your day", "H5:H12", "F5:F12"],
      ["Agents' day (study)", "I5:I12", "F5:F12"],
    ]);
  });

  test("written once: the journal is the user's; asked again, only its lost chart comes back", async () => {
    const port = new MemoryWorkbook();
    await createTimeJournal(port);
    port.tables.get("TimeJournal")!.rows.push(["10:10", "Fire drill", "Putting out fires", 50]);
    const cells = port.sheets.get(TIME_JOURNAL_SHEET)!;
    cells.set("4,8", 0.1); // the user's own benchmark
    const before = new Map(cells);
    port.charts.delete(TIME_JOURNAL_SHEET); // as after the command line rewrote the file

    expect(await createTimeJournal(port)).toEqual({ sheet: TIME_JOURNAL_SHEET, created: false });

    expect(port.tables.get("TimeJournal")!.rows).toHaveLength(1);
    expect(port.sheets.get(TIME_JOURNAL_SHEET)).toEqual(before);
    expect(port.charts.get(TIME_JOURNAL_SHEET)!.map((c) => c.name)).toEqual([JOURNAL_CHART]);
  });
});
