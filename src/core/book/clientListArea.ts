/**
 * Where a client list sits on a sheet kept by hand: which row is the header, which columns it
 * spans, and where the list ends. Hand-kept sheets put a title banner (often merged across the
 * columns), a date or a note above the header, blank rows between groups, a totals row under the
 * list and notes under that; none of those is a client, and the header is not the first row.
 * The finder looks at values only (plus formulas, where the workbook gives them, to tell a
 * totals row), so the pane and the command line find the same list in the same cells.
 */
import { isBlank, type Cell } from "../cells/cells";
import { guessMapping } from "./clientFields";

/** A block of cells as a sheet holds them: the used range, top-left at `origin`. */
export interface SheetGrid {
  readonly values: readonly (readonly Cell[])[];
  /** The formulas ("=SUM(E4:E9)") where a cell has one; any other entry is ignored. */
  readonly formulas?: readonly (readonly Cell[])[];
}

export interface ClientListArea {
  /** Indexes into the grid: the header row, the last row of the list, the columns it spans. */
  readonly headerRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly headers: readonly string[];
  /** How many header cells name a field the add-in knows: 0 when the header is only a guess. */
  readonly knownHeaders: number;
  /** Grid indexes of blank rows inside the list: skipped, and said so. */
  readonly blankRows: readonly number[];
  /** Why the list stops where it does. */
  readonly endedBy: "end" | "totals" | "notes";
  /** The grid index of the totals row when there is one. */
  readonly totalsRow: number | null;
}

/** A header is among the first rows; a sheet with 30 rows of preamble is not a client list. */
export const HEADER_SEARCH_ROWS = 30;

const TOTAL_LABEL = /^(grand\s+|sub\s*)?totals?\s*:?$|^sum\s*:?$/i;
/** A SUM over several rows (E4:E9, E:E) adds up a column; =SUM(B5:D5) on a client's row does not. */
const RANGE = /\$?([A-Z]{1,3})\$?(\d*)\s*:\s*\$?([A-Z]{1,3})\$?(\d*)/gi;

function text(cell: Cell): string {
  return isBlank(cell) ? "" : String(cell).trim();
}

function cellsOf(grid: SheetGrid, row: number, from: number, to: number): Cell[] {
  const values = grid.values[row] ?? [];
  return Array.from({ length: to - from + 1 }, (_, i) => values[from + i] ?? null);
}

function filled(cells: readonly Cell[]): Cell[] {
  return cells.filter((c) => !isBlank(c));
}

function isColumnTotal(formula: string): boolean {
  if (/\b(SUBTOTAL|AGGREGATE)\s*\(/i.test(formula)) return true;
  if (!/\bSUM\s*\(/i.test(formula)) return false;
  for (const m of formula.matchAll(RANGE)) if (m[2] === "" || m[2] !== m[4]) return true;
  return false;
}

function isTotalsRow(grid: SheetGrid, row: number, from: number, to: number): boolean {
  if (cellsOf(grid, row, from, to).some((c) => typeof c === "string" && TOTAL_LABEL.test(c.trim())))
    return true;
  const formulas = grid.formulas?.[row] ?? [];
  for (let c = from; c <= to; c++) {
    const f = formulas[c];
    if (typeof f === "string" && f.startsWith("=") && isColumnTotal(f)) return true;
  }
  return false;
}

/**
 * A note is one piece of text on its own (a merged note repeats it): a sentence, or a line that
 * labels itself ("Source: …", "* …"). A client row with only a short name filled in is not one.
 */
function isNoteRow(cells: readonly Cell[]): boolean {
  const values = filled(cells);
  if (values.length === 0) return false;
  if (new Set(values.map(text)).size !== 1 || typeof values[0] !== "string") return false;
  const note = text(values[0]);
  return note.length > 40 || /^(\*|\(|note|source|as of|updated|prepared|exported)/i.test(note);
}

/** A header row holds two or more different texts and no numbers (a data row has some). */
function headerScore(cells: readonly Cell[]): number | null {
  const values = filled(cells);
  if (values.some((c) => typeof c !== "string")) return null;
  const texts = new Set(values.map(text));
  if (texts.size < 2) return null;
  return Object.keys(guessMapping([...texts])).length;
}

function headerRowOf(grid: SheetGrid, width: number): { row: number; known: number } | null {
  let best: { row: number; known: number } | null = null;
  const rows = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const score = headerScore(cellsOf(grid, r, 0, width - 1));
    // The earliest row wins a tie: a repeated header lower down is the list's own content.
    if (score !== null && (best === null || score > best.known)) best = { row: r, known: score };
  }
  return best;
}

/** The client list on this grid, or null when no row can be a header. */
export function findClientListArea(grid: SheetGrid): ClientListArea | null {
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const header = headerRowOf(grid, width);
  if (header === null) return null;
  const headerCells = cellsOf(grid, header.row, 0, width - 1);
  const firstColumn = headerCells.findIndex((c) => !isBlank(c));
  let lastColumn = width - 1;
  while (isBlank(headerCells[lastColumn])) lastColumn--;

  let lastRow = header.row;
  let endedBy: ClientListArea["endedBy"] = "end";
  let totalsRow: number | null = null;
  const blankRows: number[] = [];
  let pendingBlanks: number[] = [];
  let pendingNotes: number[] = [];
  for (let r = header.row + 1; r < grid.values.length; r++) {
    if (isTotalsRow(grid, r, firstColumn, lastColumn)) {
      endedBy = "totals";
      totalsRow = r;
      break;
    }
    const cells = cellsOf(grid, r, firstColumn, lastColumn);
    if (filled(cells).length === 0) {
      pendingBlanks.push(r);
      continue;
    }
    // A note after a gap, or after notes, may be the first of the trailing notes: held back
    // until a client row shows it was inside the list after all.
    if (isNoteRow(cells) && (pendingBlanks.length > 0 || pendingNotes.length > 0)) {
      pendingNotes.push(...pendingBlanks, r);
      pendingBlanks = [];
      continue;
    }
    blankRows.push(...pendingNotes.filter((n) => isBlankRow(grid, n, firstColumn, lastColumn)));
    blankRows.push(...pendingBlanks);
    pendingBlanks = [];
    pendingNotes = [];
    lastRow = r;
  }
  if (endedBy === "end" && pendingNotes.length > 0) endedBy = "notes";
  return {
    headerRow: header.row,
    lastRow,
    firstColumn,
    lastColumn,
    headers: cellsOf(grid, header.row, firstColumn, lastColumn).map(text),
    knownHeaders: header.known,
    blankRows,
    endedBy,
    totalsRow,
  };
}

function isBlankRow(grid: SheetGrid, row: number, from: number, to: number): boolean {
  return filled(cellsOf(grid, row, from, to)).length === 0;
}
