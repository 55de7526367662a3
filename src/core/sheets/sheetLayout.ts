/**
 * A sheet the add-in owns, as plain data: the engine lays it out (plans, reviews, dashboards,
 * settings) and every workbook writes it the same way. Here rather than beside the workbook
 * interface so that the engine's layouts can say what they are without importing the workbook.
 */
import type { Cell } from "../cells/cells";
import type { SheetChart } from "./sheetChart";

/** A block of cells the add-in owns and writes whole (the settings sheet, for instance). */
export interface SheetBlock {
  /** Top-left cell, such as "A1". */
  readonly at: string;
  readonly values: readonly (readonly Cell[])[];
  /** One number format per column ("@" keeps typed text as text); omitted: General. */
  readonly formats?: readonly string[];
  readonly bold?: boolean;
  /** Strings beginning with "=" are formulas the add-in wrote (never text a user typed). */
  readonly formulas?: boolean;
  /** Long text wraps within its column, top-aligned, rather than running over the next cells. */
  readonly wrap?: boolean;
  /** Each row of the block this tall, in points: room for wrapped text or handwriting. */
  readonly rowHeight?: number;
}

/** A drop-down: the cells of `range` take one of the values listed in `source`, on the same sheet. */
export interface SheetList {
  /** Such as "C2:C500". */
  readonly range: string;
  /** The cells holding the choices, such as "F5:F12": renaming a choice there renames it here. */
  readonly source: string;
}

export interface SheetLayout {
  readonly sheet: string;
  readonly blocks: readonly SheetBlock[];
  /** Workbook-level names for formulas, each naming a range on the sheet. */
  readonly names: readonly { readonly name: string; readonly address: string }[];
  /** Column widths in characters of the default font, from column A. */
  readonly columnWidths?: readonly number[];
  /** Rows kept in view when scrolling (a title). */
  readonly freezeRows?: number;
  /** What prints, such as "A1:H126". */
  readonly printArea?: string;
  /** Print every column on one page's width (pages run down as needed), like a document. */
  readonly printOnePageWide?: boolean;
  /** Print across the page: for sheets too wide to read at portrait width. */
  readonly printLandscape?: boolean;
  /** Native charts over the blocks; a workbook that cannot hold charts keeps only the data. */
  readonly charts?: readonly SheetChart[];
  /** Drop-down lists (data validation); a workbook without them leaves the cells free. */
  readonly lists?: readonly SheetList[];
}
