/**
 * Households: the clients who share a Household label, as people type it ("Lopez", " lopez ",
 * "LOPEZ" are one family). A client without a label is a household of one, so every client is in
 * exactly one household and grouping never loses or repeats anyone.
 */

/** The label as a key: trimmed, case-folded, inner spaces collapsed; "" when there is none. */
export function householdKey(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

export interface Household {
  /** The key the members share; "" for a client without a label (a household of one). */
  readonly key: string;
  /** The label as the first member spells it; "" for a household of one without a label. */
  readonly label: string;
  /** Indices of the members in the grouped list, in list order. */
  readonly members: readonly number[];
}

export interface HouseholdGrouping {
  /** Households in the order of their first member. */
  readonly households: readonly Household[];
  /** For each client (by index), the index of its household in `households`. */
  readonly householdOf: Uint32Array;
}

/** Groups clients by their household labels, one label per client ("" for none). */
export function groupHouseholds(labels: readonly string[]): HouseholdGrouping {
  const households: { key: string; label: string; members: number[] }[] = [];
  const householdOf = new Uint32Array(labels.length);
  const byKey = new Map<string, number>();
  // A family's label is usually typed the same way on every row: the text as typed is looked up first.
  const byTyped = new Map<string, number>();
  for (let i = 0; i < labels.length; i++) {
    const typed = labels[i];
    let at = byTyped.get(typed);
    if (at === undefined) {
      const key = householdKey(typed);
      at = key === "" ? undefined : byKey.get(key);
      if (at === undefined) {
        at = households.length;
        households.push({ key, label: key === "" ? "" : typed.trim(), members: [] });
        if (key !== "") byKey.set(key, at);
      }
      if (key !== "") byTyped.set(typed, at);
    }
    households[at].members.push(i);
    householdOf[i] = at;
  }
  return { households, householdOf };
}

/** Whether any client has a household label: then rotating by household is on by default. */
export function hasHouseholds(labels: readonly string[]): boolean {
  return labels.some((label) => householdKey(label) !== "");
}
