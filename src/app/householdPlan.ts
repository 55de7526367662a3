/**
 * A household's relationship plan: one sheet for the family, found by the household in the plans
 * registry. The family is planned as one account — its combined figures scored among the
 * households, its latest contact, one cadence — with every member's history, follow-ups and
 * birthday cards on it, and the members listed with their own figures.
 */
import type { BookClient } from "../core/book/clientBook";
import type { DaySerial } from "../core/dates/serial";
import type { WorkCalendar } from "../core/dates/workdays";
import { householdTitle, memberName } from "../core/households/householdNames";
import { touchPlan, type PlannedTouch } from "../core/rotation/planSchedule";
import type { HouseholdPlan } from "../core/sheets/planSheet";
import type { LoadedBook } from "./loadBook";

export interface HouseholdPlanOf {
  /** The plans registry's key for the family's sheet. */
  readonly key: string;
  /** The family as the plan's client: the household's name, figures and last contact. */
  readonly client: BookClient;
  /** The first member in the table: whose contact details and owner the plan shows. */
  readonly lead: BookClient;
  readonly plan: HouseholdPlan;
}

/** The registry key of a household's plan: no client ID can look like it. */
export function householdPlanKey(householdKey: string): string {
  return `household:${householdKey}`;
}

/**
 * The household plan a client's plan is, when the book rotates by household and the client shares
 * a household with someone; null for a client planned on its own.
 */
export function householdPlanOf(book: LoadedBook, client: BookClient): HouseholdPlanOf | null {
  const household = client.household;
  if (household === null || household.memberIds.length < 2) return null;
  const byId = new Map(book.clients.map((c) => [c.id, c]));
  const members = household.memberIds
    .map((id) => byId.get(id))
    .filter((m): m is BookClient => m !== undefined);
  if (members.length < 2) return null;
  const lead = members[0];
  const name = householdTitle(
    household.label,
    members.map((m) => m.name)
  );
  const family: BookClient = {
    ...lead,
    name,
    record: {
      ...lead.record,
      name,
      criteria: household.combined,
      lastContact: lead.lastContact,
      birthday: null,
    },
  };
  return {
    key: householdPlanKey(household.key),
    client: family,
    lead,
    plan: { label: household.label, members },
  };
}

/** Each member's birthday card of the next twelve months, named for the member. */
export function memberCards(
  members: readonly BookClient[],
  cardsBy: string,
  asOf: DaySerial,
  calendar: WorkCalendar
): PlannedTouch[] {
  return members.flatMap((member) =>
    touchPlan({
      contacts: [],
      birthday: member.record.birthday,
      clientSince: null,
      cardsBy,
      owner: cardsBy,
      twelveDaysOn: null,
      asOf,
      calendar,
    })
      .filter((t) => t.kind === "card")
      .map((t) => ({
        ...t,
        what: `${t.what}: ${memberName(member.name, member.household?.label ?? "")}`,
      }))
  );
}
