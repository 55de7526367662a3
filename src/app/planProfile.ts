/**
 * Profile fields the client table has no column for are kept on the client's plan sheet (its
 * "What we know" block). Reading the book takes them back from there, every plan at once through
 * the workbook names over the blocks, so the card shows them like the table's own columns.
 */
import type { ClientProfile } from "../core/book/clientRows";
import { fieldsOnPlan, type ProfileField } from "../core/book/clientProfile";
import { profileFromBlock, whatWeKnowName } from "../core/sheets/whatWeKnow";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";
import { loadRegistry, type PlanRegistry } from "./planRegistry";
import { householdPlanKey } from "./householdPlan";

/** A client ID is any text, "constructor" included: only the registry's own keys count. */
function hasPlan(plans: PlanRegistry, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(plans, id);
}

function merged(
  profile: ClientProfile,
  kept: ClientProfile,
  fields: readonly ProfileField[]
): ClientProfile {
  const result = { ...profile };
  for (const field of fields) result[field] = kept[field];
  return result;
}

/**
 * The book with each planned client's plan-kept fields read from its plan. Nothing is read when
 * the table has every profile column; one setting and one read of names otherwise, however many
 * plans there are.
 */
export async function withPlanProfiles(
  port: WorkbookPort,
  book: LoadedBook,
  registry?: PlanRegistry
): Promise<LoadedBook> {
  const fields = fieldsOnPlan(book.mapping);
  if (fields.length === 0) return book;
  const plans = registry ?? (await loadRegistry(port));
  // A household member's profile is on the household's plan.
  const planned = (c: LoadedBook["clients"][number]) =>
    hasPlan(plans, c.id) ||
    (c.household !== null && hasPlan(plans, householdPlanKey(c.household.key)));
  const withPlans = book.clients.filter(planned);
  if (withPlans.length === 0) return book;
  const cells = await port.readNames(withPlans.map((c) => whatWeKnowName(c.id)));
  const clients = book.clients.map((client) => {
    if (!planned(client)) return client;
    const block = cells[whatWeKnowName(client.id)] ?? null;
    // A plan from before the block, or a deleted sheet: the card simply knows nothing yet.
    if (block === null) return client;
    const profile = merged(client.record.profile, profileFromBlock(block), fields);
    return { ...client, record: { ...client.record, profile } };
  });
  return { ...book, clients };
}
