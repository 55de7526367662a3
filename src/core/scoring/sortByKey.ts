/**
 * Sorts items by a numeric key, and items with equal keys by `tieBreak`. The keys are sorted with
 * the engine's native numeric sort (key × 2^bits + position in one exact number) and only runs of
 * equal keys go through the comparison callback: for tens of thousands of items this is several
 * times faster than a callback for every pair. Keys that are not whole numbers of 0 or more, or too
 * large to pack, fall back to one ordinary sort.
 */
export function sortByKey<T>(
  items: readonly T[],
  key: (item: T) => number,
  tieBreak: (a: T, b: T) => number
): T[] {
  const keys = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) keys[i] = key(items[i]);
  const scale = 2 ** Math.max(1, Math.ceil(Math.log2(items.length + 1)));
  let usable = true;
  for (const k of keys)
    usable &&= Number.isInteger(k) && k >= 0 && (k + 1) * scale <= Number.MAX_SAFE_INTEGER;
  if (!usable) {
    const order = Array.from(items.keys()).sort(
      (a, b) => keys[a] - keys[b] || tieBreak(items[a], items[b])
    );
    return order.map((i) => items[i]);
  }
  const packed = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) packed[i] = keys[i] * scale + i;
  packed.sort();
  const sorted = Array.from(packed, (p) => items[p % scale]);
  for (let start = 0; start < sorted.length;) {
    const runKey = keys[packed[start] % scale];
    let end = start + 1;
    while (end < sorted.length && keys[packed[end] % scale] === runKey) end++;
    if (end - start > 1) {
      const run = sorted.slice(start, end).sort(tieBreak);
      for (let k = 0; k < run.length; k++) sorted[start + k] = run[k];
    }
    start = end;
  }
  return sorted;
}
