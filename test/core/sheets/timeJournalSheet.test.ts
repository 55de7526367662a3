import { JOURNAL_CATEGORIES } from "../../../src/core/reviews/timeJournal";
import { JOURNAL_CHART, timeJournalSummary } from "../../../src/core/sheets/timeJournalSheet";
import { columnAt } from "./layoutCells";

describe("the Time Journal sheet's chart", () => {
  test("the day's share per category beside the agents' day, over the live formulas", () => {
    const layout = timeJournalSummary();
    const last = 4 + JOURNAL_CATEGORIES.length;

    expect(layout.charts).toEqual([
      {
        name: JOURNAL_CHART,
        kind: "clusteredColumn",
        title: "Where the day went, against the agents' day",
        series: [
          { name: "Your day", values: `H5:H${last}`, categories: `F5:F${last}` },
          { name: "Agents' day (study)", values: `I5:I${last}`, categories: `F5:F${last}` },
        ],
        placement: `F${last + 3}:I${last + 21}`,
      },
    ]);
    expect(columnAt(layout.blocks, `F5:F${last}`)).toEqual(JOURNAL_CATEGORIES);
    const shares = columnAt(layout.blocks, `H5:H${last}`);
    shares.forEach((formula, i) =>
      expect(formula).toBe(`=IF(SUM(TimeJournal[Minutes])>0,G${5 + i}/SUM(TimeJournal[Minutes]),0)`)
    );
    expect(columnAt(layout.blocks, "I5:I6")).toEqual([0.04, 0.3]);
  });
});
