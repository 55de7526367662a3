/**
 * The household item as the pane and the command line show it: a heading naming the members
 * ("The Lopez household: Maria, Tom") and every member's own view — occasions and why each is due,
 * last notes, follow-up, inbound calls — so one call covers the family.
 */
import type { BookClient } from "../book/clientBook";
import { Band, type CallItem } from "../today/callList";
import { householdHeading } from "./householdNames";

export interface HouseholdCall<View> {
  /** "The Lopez household: Maria, Tom". */
  readonly heading: string;
  readonly label: string;
  /** Every member, the lead first, then the others due with it, then the rest in table order. */
  readonly members: readonly View[];
}

/** A member not due today still belongs on the family's call: an item with no reasons of its own. */
function quietItem(client: BookClient): CallItem {
  return { client, band: Band.DueSoon, reasons: [], nextContact: null, overdueDays: 0 };
}

/**
 * The household call for an item on a list (null for a client called alone); `view` turns a
 * member's item into the view the list shows.
 */
export function householdCall<View>(
  item: CallItem,
  client: BookClient,
  byId: ReadonlyMap<string, BookClient>,
  view: (item: CallItem) => View
): HouseholdCall<View> | null {
  const household = client.household;
  if (household === null || household.memberIds.length < 2) return null;
  const due = item.members ?? [item];
  const listed = new Set(due.map((m) => m.client.id));
  const others = household.memberIds
    .filter((id) => !listed.has(id))
    .map((id) => byId.get(id))
    .filter((c): c is BookClient => c !== undefined);
  const members = [...due.map(view), ...others.map((c) => view(quietItem(c)))];
  const names = [...due.map((m) => m.client.name), ...others.map((c) => c.name)];
  return {
    heading: householdHeading(household.label, names),
    label: household.label,
    members,
  };
}
