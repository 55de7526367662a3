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
  /** What the block is on the page: one of the design system's looks (sheetLook.ts). */
  readonly look?: BlockLook;
  /**
   * The block is a table: its first row the headers, its rows banded in an Excel table style (which
   * takes its colours from the workbook's theme). Written again, the table keeps its name and is
   * resized to the block.
   */
  readonly table?: BlockTable;
}

/**
 * The looks of the design system. Each is one of Excel's built-in cell styles (sheetLook.ts names
 * it), whose font, fill and border come from the workbook's theme: a dark or high-contrast Office
 * theme, or a firm's own theme, applies to them, and no colour is hard-coded.
 */
export type BlockLook =
  "title" | "subtitle" | "section" | "heading" | "total" | "note" | "good" | "bad" | "neutral";

/** Excel's built-in table styles the sheets use: all theme-coloured, all banded. */
export type TableStyle = "TableStyleMedium2" | "TableStyleLight9" | "TableStyleLight1";

export interface BlockTable {
  /** The table's name, unique in the workbook: the add-in's hold on it. */
  readonly name: string;
  readonly style: TableStyle;
}

/**
 * Cells that draw the eye to what needs attention (conditional formats): a data bar in proportion
 * to the value, or a look (such as "bad") on the cells whose value is over or under a threshold.
 */
export type SheetHighlight =
  | { readonly range: string; readonly kind: "dataBar" }
  | {
      readonly range: string;
      readonly kind: "over" | "under";
      readonly value: number;
      readonly look: "good" | "bad" | "neutral";
    };

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
  /** Rows printed again at the top of every page, such as "5:5" (a table's headers). */
  readonly repeatRows?: string;
  /** Conditional formats; a workbook without them shows the plain values. */
  readonly highlights?: readonly SheetHighlight[];
  /** A helper sheet (the data behind a dashboard's charts): hidden, not deleted. */
  readonly hidden?: boolean;
}
