/**
 * Plans written by an earlier layout, brought to the current one on regeneration. The user's
 * regions (objectives, the annual review, the measured results) are found by their titles in
 * column A, wherever an earlier layout put them, and carried to their current rows; a region the
 * earlier layout did not have is laid out new. What the earlier layout generated below them is
 * blanked first, so none of it is left standing in the gaps of the new layout.
 */
import type { Cell } from "../cells/cells";
import type { SheetBlock } from "./sheetLayout";

/** A region the user writes in: its title (found by how it starts), where it goes, its size. */
export interface UserRegion {
  readonly key: string;
  readonly title: string;
  /** 1-based row of its title in the current layout. */
  readonly row: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The plan layout of 2026, known by its communication plan's title at row 37 (where the current
 * layout has the measured results), and the rows it generated from there (schedule, follow-ups,
 * history to row 126, columns A to H): blanked when such a sheet is brought up to date.
 */
export const EARLIER_LAYOUT = { title: "Communication plan", row: 37 } as const;
export const EARLIER_GENERATED = { from: 37, to: 126, columns: 8 } as const;

function titleRow(grid: readonly (readonly Cell[])[], title: string): number | null {
  const i = grid.findIndex((row) => typeof row[0] === "string" && row[0].startsWith(title));
  return i < 0 ? null : i + 1;
}

function blank(rows: number, columns: number): Cell[][] {
  return Array.from({ length: rows }, () => new Array<Cell>(columns).fill(""));
}

export interface Migration {
  /** True when every region is where the current layout has it: nothing to carry. */
  readonly current: boolean;
  /** Blanks to write before the generated blocks. */
  readonly clear: SheetBlock[];
  /** The user's regions at their current rows, to write after the generated blocks. */
  readonly regions: SheetBlock[];
}

/**
 * What to write to bring a sheet (its values from A1, as read) to the current layout. `fresh`
 * gives a region's blocks for a plan that never had it.
 */
export function migrate(
  grid: readonly (readonly Cell[])[],
  regions: readonly UserRegion[],
  fresh: (key: string) => SheetBlock[]
): Migration {
  const found = regions.map((region) => ({ region, at: titleRow(grid, region.title) }));
  const earlier = grid[EARLIER_LAYOUT.row - 1]?.[0];
  // A title overwritten by the user is no sign of an old sheet: only a title found elsewhere, or
  // the old layout's own title, is.
  const moved = found.some(({ region, at }) => at !== null && at !== region.row);
  if (!moved && !(typeof earlier === "string" && earlier.startsWith(EARLIER_LAYOUT.title)))
    return { current: true, clear: [], regions: [] };
  const clear: SheetBlock[] = [
    {
      at: `A${EARLIER_GENERATED.from}`,
      values: blank(EARLIER_GENERATED.to - EARLIER_GENERATED.from + 1, EARLIER_GENERATED.columns),
    },
  ];
  const carried: SheetBlock[] = [];
  for (const { region, at } of found) {
    if (at === null) {
      carried.push(...fresh(region.key));
      continue;
    }
    // A region where it belongs and clear of the blanks is left alone, cell formats and all.
    const blanked = at <= EARLIER_GENERATED.to && at + region.rows - 1 >= EARLIER_GENERATED.from;
    if (at === region.row && !blanked) continue;
    const values = grid
      .slice(at - 1, at - 1 + region.rows)
      .map((row) => Array.from({ length: region.columns }, (_, c): Cell => row[c] ?? ""));
    // The region's old cells are blanked unless it stays where it was.
    if (at !== region.row) clear.push({ at: `A${at}`, values: blank(region.rows, region.columns) });
    carried.push({ at: `A${region.row}`, values });
  }
  return { current: false, clear, regions: carried };
}
