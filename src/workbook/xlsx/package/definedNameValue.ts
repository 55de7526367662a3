/**
 * The value of a defined name that holds a constant rather than a range: a number, a text in
 * quotes, TRUE/FALSE, or an array constant ({1,2;3,4}), as a block of cells like a range's.
 * Anything else (a formula such as OFFSET(…), an error, several areas) has no value here: null.
 */
import type { Cell } from "../../../core/cells/cells";

function scalar(text: string): Cell | undefined {
  const t = text.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)(E[-+]?\d+)?$/i.test(t)) return Number(t);
  const quoted = /^"((?:[^"]|"")*)"$/.exec(t);
  if (quoted !== null) return quoted[1].replace(/""/g, '"');
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  return undefined;
}

/** Splits on `separator` outside quotes. */
function split(text: string, separator: string): string[] {
  const out: string[] = [];
  let piece = "";
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      out.push(piece);
      piece = "";
    } else piece += c;
  }
  out.push(piece);
  return out;
}

export function constantValue(formula: string): Cell[][] | null {
  const text = formula.trim().replace(/^=/, "");
  const array = /^\{([\s\S]*)\}$/.exec(text);
  if (array === null) {
    const value = scalar(text);
    return value === undefined ? null : [[value]];
  }
  const rows = split(array[1], ";").map((row) => split(row, ",").map(scalar));
  if (rows.some((row) => row.some((v) => v === undefined) || row.length !== rows[0].length))
    return null;
  return rows as Cell[][];
}
