import { sameContent, type Matrix } from "./argumentShapes";

/**
 * Remembers what was built from a range. Excel calls a filled-down formula once per row, each time
 * with a fresh copy of the same book range; comparing the values (one pass) is far cheaper than
 * ranking the book again (a sort per criterion), and a changed book is never served stale.
 */
export class ContentCache<V> {
  private entries: { key: Matrix; value: V }[] = [];

  constructor(private readonly capacity = 4) {}

  get(key: Matrix, build: () => V): V {
    const index = this.entries.findIndex((entry) => sameContent(entry.key, key));
    if (index >= 0) {
      const [hit] = this.entries.splice(index, 1);
      this.entries.unshift(hit);
      return hit.value;
    }
    const value = build();
    this.entries.unshift({ key, value });
    this.entries.length = Math.min(this.entries.length, this.capacity);
    return value;
  }
}
