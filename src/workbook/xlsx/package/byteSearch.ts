/**
 * Small searches over a part's bytes for the sheet scanner: in a tag or a cell of a few dozen
 * bytes a plain loop costs less than a call to Buffer.indexOf, and never reads past the end given.
 */

/** After an element's name: a space, "/", ">" or a line break ("<c" is not "<col"). */
export function endsName(byte: number): boolean {
  return byte === 32 || byte === 47 || byte === 62 || byte === 9 || byte === 10 || byte === 13;
}

/** Whether a tag has what the plain attribute search cannot read (see quickAttribute). */
export function oddTag(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = buf[i];
    if (b === 9 || b === 10 || b === 13 || b === 0x27) return true;
  }
  return false;
}

/** A whole number written in ASCII digits, or -1. */
export function digits(buf: Buffer, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Number() reads a text with no digit as 0 (blank) or as no finite number at all. */
export function hasDigit(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i] >= 48 && buf[i] <= 57) return true;
  return false;
}

export function startsWith(buf: Buffer, pattern: Buffer, at: number): boolean {
  if (at + pattern.length > buf.length) return false;
  for (let k = 0; k < pattern.length; k++) if (buf[at + k] !== pattern[k]) return false;
  return true;
}

/**
 * Where `pattern` starts in [from, to), or -1. A tag or a cell is a few dozen bytes: a plain loop,
 * where Buffer.indexOf would search on past `to` (across the whole part when nothing matches).
 */
export function find(buf: Buffer, pattern: Buffer, from: number, to: number): number {
  const first = pattern[0];
  const last = to - pattern.length;
  outer: for (let i = from; i <= last; i++) {
    if (buf[i] !== first) continue;
    for (let k = 1; k < pattern.length; k++) if (buf[i + k] !== pattern[k]) continue outer;
    return i;
  }
  return -1;
}
