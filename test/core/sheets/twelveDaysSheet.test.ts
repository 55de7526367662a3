/** The Twelve Days sheet as printed: room to write each day, headers over their own columns. */
import { REFLECTION_PROMPTS } from "../../../src/core/reviews/twelveDays";
import {
  TWELVE_DAYS_FIRST_ROW,
  TWELVE_DAYS_ROW_HEIGHT,
  twelveDaysLayout,
} from "../../../src/core/sheets/twelveDaysSheet";

const START = 46369;

describe("the Twelve Days sheet", () => {
  test("each day's row is tall and wraps, the writing columns too, and the headers wrap", () => {
    const layout = twelveDaysLayout([], START, false);
    const days = layout.blocks.find((b) => b.at === `A${TWELVE_DAYS_FIRST_ROW}`)!;
    expect(days.values).toHaveLength(12);
    expect([days.wrap, days.rowHeight]).toEqual([true, TWELVE_DAYS_ROW_HEIGHT]);
    // Five lines of 11-point text, at least.
    expect(TWELVE_DAYS_ROW_HEIGHT).toBeGreaterThanOrEqual(5 * 15);
    const writing = layout.blocks.find((b) => b.at === `F${TWELVE_DAYS_FIRST_ROW}`)!;
    expect(writing.wrap).toBe(true);

    const headers = layout.blocks.find((b) => b.at === "A4")!;
    expect(headers.wrap).toBe(true);
    // The longest prompt, wrapped in its column, fits in the header row's lines.
    const width = layout.columnWidths[7];
    const lines = Math.ceil((REFLECTION_PROMPTS[2].length * 1.15) / width);
    expect(lines * 15).toBeLessThanOrEqual(headers.rowHeight!);
  });

  test("one page wide, across the page; regenerating keeps the rows' height but not the user's cells", () => {
    const layout = twelveDaysLayout([], START, true);
    expect([layout.printOnePageWide, layout.printLandscape]).toEqual([true, true]);
    expect(layout.blocks.some((b) => b.at === `F${TWELVE_DAYS_FIRST_ROW}`)).toBe(false);
    const days = layout.blocks.find((b) => b.at === `A${TWELVE_DAYS_FIRST_ROW}`)!;
    expect(days.rowHeight).toBe(TWELVE_DAYS_ROW_HEIGHT);
  });
});
