/**
 * The one boundary between a workbook's date system and the engine's. The engine speaks
 * 1900-system serials only; a workbook set to the 1904 system stores the same day 1,462 lower.
 * Raw cells are moved to 1900 as they come in, before any reader sees them, and back as they go
 * out, after the engine has laid them out, so no reader and no layout needs to know the system.
 *
 * Only numbers move. A date typed as text ("2026-03-02") is parsed by the engine into a 1900
 * serial already, and 0 stays 0: desktop Excel hands a blank cell over as 0, which the readers
 * take for a blank (cells.ts readDate), and moving it would make it a day.
 */
import type { SheetBlock } from "../sheets/sheetLayout";
import type { Cell } from "./cells";
import { CLIENT_FIELDS, type ColumnMapping } from "../book/clientFields";
import { CONTACT_LOG_DATE_HEADERS } from "../book/contactLog";
import { isDateFormat } from "./numberFormat";
import { fromSerial1900, toSerial1900, type DateSystem } from "../dates/serial";
import { DATE_SETTING_NAMES } from "../book/settings";

export type Rows = readonly (readonly Cell[])[];

function moves(cell: Cell): cell is number {
  return typeof cell === "number" && cell !== 0;
}

export function cellTo1900(cell: Cell, system: DateSystem): Cell {
  return moves(cell) ? toSerial1900(cell, system) : cell;
}

export function cellFrom1900(cell: Cell, system: DateSystem): Cell {
  return moves(cell) ? fromSerial1900(cell, system) : cell;
}

/**
 * The rows with the cells of some columns passed through `move`; the very same rows in a 1900
 * workbook, so the common case copies nothing however large the table.
 */
function moveColumns(
  rows: Rows,
  columns: readonly number[],
  system: DateSystem,
  move: (cell: Cell, system: DateSystem) => Cell
): Rows {
  // A set: two fields mapped to one header must not move its cells twice.
  const wanted = [...new Set(columns)].filter((c) => c >= 0);
  if (system === "1900" || wanted.length === 0) return rows;
  return rows.map((row) => {
    const moved = [...row];
    for (const c of wanted) if (c < moved.length) moved[c] = move(moved[c], system);
    return moved;
  });
}

/** Rows read from the workbook, their date columns as the engine reads them. */
export function columnsTo1900(rows: Rows, columns: readonly number[], system: DateSystem): Rows {
  return moveColumns(rows, columns, system, cellTo1900);
}

/** Rows the engine made, their date columns as the workbook stores them. */
export function columnsFrom1900(rows: Rows, columns: readonly number[], system: DateSystem): Rows {
  return moveColumns(rows, columns, system, cellFrom1900);
}

/** The client table's columns the mapping reads as dates (last contact, birthday, client since…). */
export function clientDateColumns(headers: readonly string[], mapping: ColumnMapping): number[] {
  return CLIENT_FIELDS.filter((f) => f.kind === "date").flatMap((f) => {
    const header = mapping[f.field];
    return header === undefined ? [] : [headers.indexOf(header)];
  });
}

/** The Contact Log's date columns in a log as it stands (its columns may have been moved). */
export function contactLogDateColumns(headers: readonly string[]): number[] {
  return CONTACT_LOG_DATE_HEADERS.map((h) => headers.indexOf(h));
}

type NamedValues = Readonly<Record<string, Cell[][] | null>>;

/** Values of the settings' names, the dates among them (the holidays) as the engine reads them. */
export function settingNamesTo1900(values: NamedValues, system: DateSystem): NamedValues {
  if (system === "1900") return values;
  const moved: Record<string, Cell[][] | null> = { ...values };
  for (const name of DATE_SETTING_NAMES) {
    const range = values[name];
    if (range) moved[name] = range.map((row) => row.map((cell) => cellTo1900(cell, system)));
  }
  return moved;
}

type FormattedBlock = Pick<SheetBlock, "values" | "formats">;

/** The block's columns whose number format shows a date. */
function dateColumnsOf(block: FormattedBlock): number[] {
  return (block.formats ?? []).flatMap((format, c) => (isDateFormat(format) ? [c] : []));
}

/**
 * A sheet layout with the numbers of its date-formatted columns as the workbook stores them. The
 * formats say which cells are days, so every layout is handled the same way, whoever made it.
 */
export function layoutFrom1900<L extends { readonly blocks: readonly FormattedBlock[] }>(
  layout: L,
  system: DateSystem
): L {
  if (system === "1900") return layout;
  return {
    ...layout,
    blocks: layout.blocks.map((block) => {
      const dated = dateColumnsOf(block);
      return dated.length === 0
        ? block
        : { ...block, values: columnsFrom1900(block.values, dated, system) };
    }),
  };
}

/** Whether a layout holds a day at all: one without is the same in either date system. */
export function layoutHoldsDates(layout: { readonly blocks: readonly FormattedBlock[] }): boolean {
  return layout.blocks.some((block) => {
    const dated = dateColumnsOf(block);
    return dated.length > 0 && block.values.some((row) => dated.some((c) => moves(row[c])));
  });
}
