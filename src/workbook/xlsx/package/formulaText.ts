/**
 * Formulas as a worksheet part stores them (`<f>` elements, without "="): read out of a cell, and
 * a shared formula's text for another cell of its range — its relative references moved by the
 * cell's distance from the range's first cell, as Excel fills it (`SUM(D4:D8)` in D9 is
 * `SUM(E4:E8)` in E9). String literals, quoted sheet names and structured references are left
 * alone.
 */
import { columnName } from "../../shared/a1";
import { attributes, cellText } from "./xmlText";

export interface StoredFormula {
  /** The formula's text, without "=": empty for a shared formula's other cells. */
  readonly text: string;
  /** "shared", "array", "dataTable", or "normal". */
  readonly type: string;
  /** The shared formula's index (`si`), when it is one. */
  readonly shared: string | null;
}

/** A quick test before the regular expression: `<f` or a prefixed `<x:f`. */
export function mayHoldFormula(xml: string): boolean {
  return xml.includes("<f") || xml.includes(":f");
}

const F = /<((?:[\w.-]+:)?f)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/;

/** The cell's formula, or null when it holds a plain value. */
export function storedFormula(inner: string | undefined): StoredFormula | null {
  if (inner === undefined || !mayHoldFormula(inner)) return null;
  const m = F.exec(inner);
  if (m === null) return null;
  const attrs = attributes(m[2]);
  return {
    text: cellText(m[3] ?? ""),
    type: attrs.t ?? "normal",
    shared: attrs.t === "shared" ? (attrs.si ?? null) : null,
  };
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/** A1 references outside quotes, not part of a name or a function call. */
const REFERENCE = /(?<![\w.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/gi;

/** The formula with its relative references moved `rows` down and `columns` right. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  // Split into quoted pieces ("text", 'sheet name'), structured references ([@Col 2]) and the
  // rest; only the rest is moved.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\])/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(
            REFERENCE,
            (all, c$: string, letters: string, r$: string, digits: string) => {
              const column = c$ === "" ? columnIndex(letters) + columns : columnIndex(letters);
              const row = r$ === "" ? Number(digits) + rows : Number(digits);
              if (column < 0 || row < 1) return all;
              return `${c$}${columnName(column)}${r$}${row}`;
            }
          )
    )
    .join("");
}

/** A block of cells a formula refers to, zero-based and inclusive. */
export interface ReferencedArea {
  /** The sheet named before "!", or null for the formula's own sheet. */
  readonly sheet: string | null;
  readonly fromRow: number;
  readonly toRow: number;
  readonly fromColumn: number;
  readonly toColumn: number;
}

const AREA =
  /(?:('(?:[^']|'')+'|[\w.]+)!)?(?<![\w.$])\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![\w(])/gi;

/**
 * The cell blocks a formula names by address (A1, $B$2:C9, 'Q1 plan'!A1); whole columns or rows
 * (C:C, 5:5) and structured references are not listed: they do not pin particular rows.
 */
export function referencedAreas(formula: string): ReferencedArea[] {
  const out: ReferencedArea[] = [];
  // Text in double quotes is data, and a structured reference's brackets hold column names.
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/\[[^\]]*\]/g, "[]");
  for (const m of bare.matchAll(AREA)) {
    const sheet = m[1] === undefined ? null : m[1].replace(/^'|'$/g, "").replace(/''/g, "'");
    const a = { row: Number(m[3]) - 1, column: columnIndex(m[2]) };
    const b = m[4] === undefined ? a : { row: Number(m[5]) - 1, column: columnIndex(m[4]) };
    out.push({
      sheet,
      fromRow: Math.min(a.row, b.row),
      toRow: Math.max(a.row, b.row),
      fromColumn: Math.min(a.column, b.column),
      toColumn: Math.max(a.column, b.column),
    });
  }
  return out;
}
