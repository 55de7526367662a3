/**
 * The Contact Log's entries per client of a book, in one pass over the log. A book of 100,000
 * clients has a log of over 200,000 entries: grouping them into a map of lists keyed by client ID
 * (a list per client kept alive in the map, and a second lookup per client to find it again) cost
 * scoreBook more than everything else it does. Here each entry is looked up once, the clients are
 * chained by position in two typed arrays, and a client's list is made only when it is asked for.
 */
import type { ContactEntry } from "./contactLog";

const NONE: readonly ContactEntry[] = [];

export class LogByClient {
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  /** The first client with the same ID: two rows of one ID share its entries, as they always did. */
  private readonly first: Int32Array;

  /** `ids[i]` is the ID of the book's i-th client; entries of other IDs are left out. */
  constructor(
    private readonly log: readonly ContactEntry[],
    ids: readonly string[]
  ) {
    const index = new Map<string, number>();
    for (let i = ids.length - 1; i >= 0; i--) index.set(ids[i], i);
    this.first = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) this.first[i] = index.get(ids[i]) as number;
    this.head = new Int32Array(ids.length).fill(-1);
    this.next = new Int32Array(log.length).fill(-1);
    const tail = new Int32Array(ids.length).fill(-1);
    for (let k = 0; k < log.length; k++) {
      const i = index.get(log[k].clientId);
      if (i === undefined) continue;
      if (this.head[i] < 0) this.head[i] = k;
      else this.next[tail[i]] = k;
      tail[i] = k;
    }
  }

  /** The i-th client's entries in log order; an empty list when it has none. */
  entriesOf(i: number): readonly ContactEntry[] {
    let k = this.head[this.first[i]];
    if (k < 0) return NONE;
    const entries: ContactEntry[] = [];
    for (; k >= 0; k = this.next[k]) entries.push(this.log[k]);
    return entries;
  }
}
