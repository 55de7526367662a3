/**
 * One call-list item per household: the members due on a list are called together, so the first of
 * them in the list's order (the most important) leads and the others join its item. The list keeps
 * its order, every member stays reachable through the lead's `members`, and no one is lost or
 * listed twice.
 */
import type { CallItem } from "../today/callList";

/** Merges the items of household members in an ordered list into the first member's item. */
export function mergeHouseholds(ordered: readonly CallItem[]): CallItem[] {
  const leads = new Map<string, number>();
  const merged: CallItem[] = [];
  const members: CallItem[][] = [];
  for (const item of ordered) {
    const key = item.client.householdKey ?? "";
    const at = key === "" ? undefined : leads.get(key);
    if (at !== undefined) {
      members[at].push(item);
      continue;
    }
    if (key !== "") leads.set(key, merged.length);
    merged.push(item);
    members.push([item]);
  }
  return merged.map((item, i) =>
    members[i].length === 1 ? item : { ...item, members: members[i] }
  );
}

/** The clients an item stands for: its household's members on the list, or the client alone. */
export function itemClients(item: CallItem): readonly CallItem["client"][] {
  return item.members === undefined ? [item.client] : item.members.map((m) => m.client);
}
