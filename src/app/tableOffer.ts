/**
 * The table the add-in offers to make from a sheet without one: the client list the finder sees
 * on the sheet (clientListArea.ts), from its header row to its last client, leaving out banners
 * and notes above, a totals row and notes below. The pane and the command line offer the same.
 */
import { cellName, parseRange } from "../core/cells/a1";
import { findClientListArea } from "../core/book/clientListArea";
import type { PlainSheet } from "../workbook/workbookPort";

export interface TableOffer {
  readonly sheet: string;
  /** The range to make the table of: the header row to the last client row. */
  readonly address: string;
  readonly headers: readonly string[];
  /** How many headers name a field the add-in knows (0: the header row is only a guess). */
  readonly knownHeaders: number;
  /** Worksheet row numbers of blank rows inside the list (skipped when read). */
  readonly blankRows: readonly number[];
  /** The worksheet row of the totals row under the list, left out of the table. */
  readonly totalsRow: number | null;
  /** Worksheet rows above the header (a title, a note) left out of the table. */
  readonly rowsAbove: number;
}

export function offerTable(plain: PlainSheet): TableOffer | null {
  const area = findClientListArea(plain);
  if (area === null) return null;
  const origin = parseRange(plain.address).from;
  const row = (index: number) => origin.row + index + 1;
  const from = { row: origin.row + area.headerRow, column: origin.column + area.firstColumn };
  // A table needs a data row: a header alone is offered with the row under it.
  const to = {
    row: origin.row + Math.max(area.lastRow, area.headerRow + 1),
    column: origin.column + area.lastColumn,
  };
  return {
    sheet: plain.sheet,
    address: `${cellName(from)}:${cellName(to)}`,
    headers: area.headers,
    knownHeaders: area.knownHeaders,
    blankRows: area.blankRows.map(row),
    totalsRow: area.totalsRow === null ? null : row(area.totalsRow),
    rowsAbove: area.headerRow,
  };
}
