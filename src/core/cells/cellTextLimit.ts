/**
 * Excel holds at most 32,767 characters in a cell; a longer text is cut by Excel on opening (or
 * the file refused), so the user's words would be lost without a word. Text for a cell is checked
 * before anything is written and refused with a message saying by how much it is over: cutting
 * someone's notes silently is worse than asking them to shorten them.
 */
export const CELL_TEXT_LIMIT = 32_767;

/** A message when `text` does not fit in one cell; null when it does. */
export function cellTextProblem(what: string, text: string): string | null {
  if (text.length <= CELL_TEXT_LIMIT) return null;
  const n = (x: number) => x.toLocaleString("en-US");
  return `The ${what} text is ${n(text.length)} characters long; a cell holds at most ${n(CELL_TEXT_LIMIT)}. Shorten it by ${n(text.length - CELL_TEXT_LIMIT)} characters; nothing was written.`;
}
