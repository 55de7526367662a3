/** "1 day", "2 days": a count and its English noun, for the words the pane and the lists show. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
