/**
 * A native chart a sheet layout asks for, as plain data: the engine says what to draw over which
 * cells, and the workbook draws it (or, where the file format cannot hold charts, keeps the data).
 */

/**
 * How a chart draws its series: clustered columns, lines, or columns with the series marked `line`
 * drawn as a line on a secondary axis (a share beside amounts, as in a Pareto chart).
 */
export type ChartKind = "clusteredColumn" | "line" | "columnAndLine";

export interface ChartSeries {
  readonly name: string;
  /**
   * The values, on the chart's own sheet, such as "B16:B22", or on another as "'Coverage data'!B4:B9"
   * (numbers; a blank draws nothing).
   */
  readonly values: string;
  /** The category labels, as many cells as the values, such as "A16:A22" (or on another sheet). */
  readonly categories: string;
  /** In a column-and-line chart: this series is the line, on the secondary axis. */
  readonly line?: boolean;
}

/**
 * A native chart on a sheet the add-in owns. The name is the add-in's hold on it: writing the
 * sheet again replaces the chart of that name and leaves every other chart, the user's, alone.
 * The first series' values must hold at least one number: Excel makes the chart from them.
 */
export interface SheetChart {
  readonly name: string;
  readonly kind: ChartKind;
  readonly title: string;
  readonly series: readonly ChartSeries[];
  /** The cells it covers, such as "H3:P20"; omitted: wherever Excel puts a new chart. */
  readonly placement?: string;
}

/** The cells of one column from row `first` (1-based), `count` of them: "B16:B22". */
export function columnCells(column: string, first: number, count: number): string {
  return `${column}${first}:${column}${first + count - 1}`;
}
