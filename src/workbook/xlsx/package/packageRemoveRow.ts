/**
 * Undo of a logged contact in a package: the last log row matching the entry taken out of its
 * table — the table's cells below it move up one row, the table's range (and its AutoFilter's)
 * ends a row higher — and the client's row written back, found again by ID. Only the table's own
 * columns move, as Excel moves them when a table row is deleted: cells beside the table stay in
 * their rows. What cannot move safely is refused before anything changes: a formula that points
 * at cells by address or is shared across rows (it would point elsewhere once moved), merged
 * cells, hyperlinks, comments or another table among the cells that would move.
 */
import { cellName } from "../../shared/a1";
import { sameName } from "../../shared/cellWrites";
import { refuse, tableGone, type Refusal } from "../../shared/refusals";
import { lastMatchingRow } from "../../shared/rowMatch";
import type { ClientRowUpdates, RowToRemove } from "../../workbookPort";
import { referencedAreas, storedFormula, type ReferencedArea } from "./formulaText";
import type { OpenedPackage } from "./openedPackage";
import { clientRows, writeClientCells, type LogWriteContext } from "./packageLogWrite";
import type { SheetTable } from "./packageTables";
import { bodyRange } from "./packageTables";
import { pinnedIn, type Box } from "./sheetAnchors";
import { formulasIn, rawCellsIn, type RawCell } from "./sheetBlocks";
import { patchSheet, type SheetEdits } from "./sheetPatch";
import { withLastRow } from "./tablePart";

export type RemovedRow = { readonly ok: true; readonly log: SheetTable } | Refusal;

/** A cell address outside a string literal and not part of a name or a function (A1, $B$2, XFD9). */
const ADDRESS = /(?<![\w.$\]])\$?[A-Z]{1,3}\$?[0-9]+(?![\w(!])/i;

const SHARED = "a formula shared across rows";

function formulaProblem(cell: RawCell): string | null {
  const formula = storedFormula(cell.inner);
  if (formula === null) return null;
  if (formula.type !== "normal") return SHARED;
  // Structured references ([@Notes], Table[Col]) and names stay right wherever the row goes.
  const outsideStrings = formula.text.replace(/"[^"]*"/g, '""');
  const bare = outsideStrings.replace(/\[[^\]]*\]/g, "");
  return ADDRESS.test(bare) ? "a formula that refers to cells by address" : null;
}

/** The cell's element with its reference changed to `ref`. */
function relocated(cell: RawCell, ref: string): string {
  if (/^<[\w.:-]+\b[^>]*?\sr="/.test(cell.xml))
    return cell.xml.replace(/^(<[\w.:-]+\b[^>]*?\sr=")[^"]*"/, `$1${ref}"`);
  return cell.xml.replace(/^(<[\w.:-]+)/, `$1 r="${ref}"`);
}

/** What the cells that would move hold and cannot move with them, as a clause; null if nothing. */
function heldProblem(
  pkg: OpenedPackage,
  log: SheetTable,
  box: Box,
  cells: Map<number, Map<number, RawCell>>
): string | null {
  for (const [row, byColumn] of cells)
    for (const [column, cell] of byColumn) {
      const problem = formulaProblem(cell);
      // The removed row's own formulas go with it; only a shared one leaves others without it.
      if (problem !== null && (row > box.fromRow || problem === SHARED))
        return `the rows below it hold ${problem} in ${cellName({ row, column })}, which this tool does not move`;
    }
  const pinned = pinnedIn(pkg, log.sheetPart, box, log.part);
  return pinned === null ? null : `the rows below it hold ${pinned}, which this tool does not move`;
}

/**
 * A formula elsewhere on the sheet, or a defined name, that points at some of the cells that would
 * move: after the move it would point at another entry. A range over all of them (a SUM of the
 * column) still covers the same entries, less the one taken out, and is no obstacle.
 */
function pointedAt(pkg: OpenedPackage, log: SheetTable, box: Box): string | null {
  const pins = (area: ReferencedArea, sheet: string | null) =>
    (sheet === null || sameName(sheet, log.sheet)) &&
    area.fromColumn <= box.toColumn &&
    area.toColumn >= box.fromColumn &&
    area.fromRow <= box.toRow &&
    area.toRow >= box.fromRow &&
    !(area.fromRow <= box.fromRow && area.toRow >= box.toRow);
  const all = { fromRow: 0, toRow: Number.MAX_SAFE_INTEGER, fromColumn: 0, toColumn: 16383 };
  for (const [row, byColumn] of formulasIn(pkg.bytes(log.sheetPart)!, all))
    for (const [column, formula] of byColumn) {
      const inside =
        row >= box.fromRow &&
        row <= box.toRow &&
        column >= box.fromColumn &&
        column <= box.toColumn;
      if (!inside && referencedAreas(formula.slice(1)).some((a) => pins(a, a.sheet)))
        return `a formula in ${cellName({ row, column })} refers to cells that would move up, and would then point at another entry`;
    }
  for (const name of pkg.info.names)
    if (referencedAreas(name.formula).some((a) => a.sheet !== null && pins(a, a.sheet)))
      return `the name "${name.name}" refers to cells that would move up, and would then point at another entry`;
  return null;
}

/** The edits that take row `at` out of the block `box`: every row below moves up one. */
function shiftUp(box: Box, cells: Map<number, Map<number, RawCell>>): SheetEdits {
  const edits: SheetEdits = new Map();
  for (let row = box.fromRow; row <= box.toRow; row++) {
    const own = cells.get(row);
    const below = row < box.toRow ? cells.get(row + 1) : undefined;
    for (let column = box.fromColumn; column <= box.toColumn; column++) {
      const moving = below?.get(column);
      if (moving === undefined && own?.get(column) === undefined) continue;
      if (!edits.has(row)) edits.set(row, new Map());
      edits.get(row)!.set(column, (ref) => (moving === undefined ? "" : relocated(moving, ref)));
    }
  }
  return edits;
}

export function removeRow(
  context: LogWriteContext,
  remove: RowToRemove,
  updates: ClientRowUpdates
): RemovedRow {
  const { pkg } = context;
  const log = context.find(remove.table);
  if (log === null) return tableGone(remove.table);
  const headers = log.columns.map((c) => c.name);
  const body = context.body(log);
  const found = lastMatchingRow(remove, (header) => {
    const c = headers.findIndex((h) => sameName(h, header));
    return c < 0 ? null : body.map((r) => r[c]);
  });
  if (!found.ok) return found;
  const clients = clientRows(context, updates);
  if (!Array.isArray(clients)) return clients;
  const { first, last } = bodyRange(log);
  const at = first + found.row;
  // A table keeps one body row: taking out its only row blanks it instead.
  const only = first === last;
  const box: Box = {
    fromRow: at,
    toRow: only ? at : log.to.row,
    fromColumn: log.from.column,
    toColumn: log.to.column,
  };
  const xml = pkg.bytes(log.sheetPart)!;
  const cells = rawCellsIn(xml, box);
  const problem = only ? null : (heldProblem(pkg, log, box, cells) ?? pointedAt(pkg, log, box));
  if (problem !== null)
    return refuse(
      `The row cannot be taken out of the table "${log.name}" on sheet "${log.sheet}": ${problem}.`
    );
  // Checked; from here on the package changes.
  pkg.set(log.sheetPart, patchSheet(xml, shiftUp(box, cells)));
  const shrunk = only ? log : { ...log, to: { row: log.to.row - 1, column: log.to.column } };
  if (!only && log.part !== null)
    pkg.set(log.part, withLastRow(pkg.text(log.part)!, shrunk.to.row, log.totalsRows));
  for (const client of clients) writeClientCells(pkg, client.table, client.row, client.cells);
  return { ok: true, log: shrunk };
}
