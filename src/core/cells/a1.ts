/** A1-style cell addresses: "B4" is row 3, column 1 (zero-based). Pure, so core and app name ranges too. */

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function parseCell(address: string): CellRef {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (match === null) throw new Error(`"${address}" is not a cell address`);
  const column = [...match[1].toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** "A5:D10" → its corners; a single cell is a range of one. A sheet prefix ("Sheet1!") is dropped. */
export function parseRange(address: string): { readonly from: CellRef; readonly to: CellRef } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = local.split(":");
  return { from: parseCell(from), to: parseCell(to) };
}

export function cellName(ref: CellRef): string {
  return `${columnName(ref.column)}${ref.row + 1}`;
}
