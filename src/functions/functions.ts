/*
 * The custom functions: JSDoc declarations Excel reads (functions.json is generated from them) and
 * thin wrappers that check Excel-shaped arguments, call the engine and turn problems into #VALUE! or
 * #N/A with a message. Each is also a plain named export, callable from Node.
 *
 * Range and mixed arguments are typed `any`: the metadata generator accepts no union of cell types,
 * and Excel hands over numbers, text, booleans and blanks in the same range.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { abcTierColumn, abcTierWithin } from "./tierArguments";
import { rotationColumn } from "./rotationArguments";
import { responsibleColumn } from "./responsibleArguments";
import { scoreColumn } from "./scoreArguments";
import { excelError, guarded } from "./excelError";
import {
  householdLastContacts,
  householdScoreColumn,
  householdTierColumn,
} from "./householdArguments";

/**
 * Weighted score 0–100 of a client's criteria, each ranked within the book (PERCENTRANK.INC).
 * @customfunction TIERSCORE
 * @param criteria One client's criteria (a row), or a whole block of clients × criteria, which spills a score per row.
 * @param [weights] Weight of each criterion (a row or column of non-negative numbers); equal weights when omitted.
 * @param [book] Every client's criteria (clients × criteria) to rank within; the criteria block itself when omitted.
 * @returns Score from 0 to 100.
 */
export function tierscore(criteria: any[][], weights?: any[][], book?: any[][]): any[][] {
  return guarded(() => scoreColumn(criteria, weights, book));
}

/**
 * ABC (Pareto) tier of a value by its cumulative share of the total: "A", "B" or "C".
 * @customfunction TIER
 * @param values A column of values (spills a tier per row), or one value to tier within book.
 * @param [a_share] Cumulative share up to which a value is A (default 0.8).
 * @param [b_share] Cumulative share up to which a value is B (default 0.95).
 * @param [book] Every client's value to tier within; the values themselves when omitted.
 * @returns "A", "B" or "C".
 */
export function tier(values: any[][], a_share?: any, b_share?: any, book?: any[][]): any[][] {
  return guarded(() =>
    book === null || book === undefined
      ? abcTierColumn(values, a_share, b_share)
      : abcTierWithin(values, a_share, b_share, book)
  );
}

/**
 * Date of the next proactive contact: the first working day on or after last contact + cadence.
 * @customfunction NEXTCONTACT
 * @param last_contact Date of the last proactive contact (a date or a column of dates).
 * @param tier_or_days The client's tier (A, B, C) or a number of days between contacts.
 * @param [cadence] Two columns: tier and days between contacts (default A 90, B 180, C 365).
 * @param [holidays] Dates that are not working days.
 * @param [weekend] Weekend days as in WORKDAY.INTL: a 7-character mask such as "0000011" or a number code (default 1, Saturday and Sunday).
 * @returns The date of the next contact.
 */
export function nextcontact(
  last_contact: any[][],
  tier_or_days: any[][],
  cadence?: any[][],
  holidays?: any[][],
  weekend?: any
): any[][] {
  return guarded(() =>
    rotationColumn("next", last_contact, tier_or_days, null, cadence, holidays, weekend)
  );
}

/**
 * Whole days by which the as-of date is past the next contact; 0 when not yet due.
 * @customfunction OVERDUE
 * @volatile
 * @param last_contact Date of the last proactive contact (a date or a column of dates).
 * @param tier_or_days The client's tier (A, B, C) or a number of days between contacts.
 * @param [as_of] The date to measure from (default today).
 * @param [cadence] Two columns: tier and days between contacts (default A 90, B 180, C 365).
 * @param [holidays] Dates that are not working days.
 * @param [weekend] Weekend days as in WORKDAY.INTL: a 7-character mask such as "0000011" or a number code (default 1, Saturday and Sunday).
 * @returns Days overdue, 0 when not yet due.
 */
export function overdue(
  last_contact: any[][],
  tier_or_days: any[][],
  as_of?: any,
  cadence?: any[][],
  holidays?: any[][],
  weekend?: any
): any[][] {
  return guarded(() =>
    rotationColumn("overdue", last_contact, tier_or_days, as_of, cadence, holidays, weekend)
  );
}

/**
 * Who makes the client's next rotation contact: the owner, the owner's assistant from the team table, or a mailing ("mailing: newsletter"), by the same rule as the task pane's lists.
 * @customfunction RESPONSIBLE
 * @param tier The client's tier (A, B, C), or a column of tiers (spills one answer per row).
 * @param owner The client's owner as in the Owner column, or a column of owners the same size as tier.
 * @param [tier_responsibilities] Each tier's row as on the Rotation Settings sheet: tier, days, channel, responsible (RH_Cadence), or tier, channel, responsible. Default: A by the owner, B by the team, C by card or newsletter.
 * @param [team] The team table (RH_Team): person, role, the owners they support (comma-separated). Default: nobody, so the team tiers stay with the owner.
 * @returns The person responsible, or "mailing: " and the channel.
 */
export function responsible(
  tier: any[][],
  owner: any[][],
  tier_responsibilities?: any[][],
  team?: any[][]
): any[][] {
  return guarded(() => responsibleColumn(tier, owner, tier_responsibilities, team));
}

/**
 * Weighted score 0–100 of each client's household: the members' criteria added up (SUMIF over the household), ranked among the households.
 * @customfunction HOUSEHOLDTIERSCORE
 * @param criteria The clients' criteria (clients × criteria); spills one score per row, the same for every member of a household.
 * @param households Each client's household label or ID (a column as tall as criteria); a blank is a household of one.
 * @param [weights] Weight of each criterion (a row or column of non-negative numbers); equal weights when omitted.
 * @param [combine] Per criterion, "sum" (the default: revenue, assets, products) or "max" (a judgement such as strategic value).
 * @returns The household's score from 0 to 100.
 */
export function householdtierscore(
  criteria: any[][],
  households: any[][],
  weights?: any[][],
  combine?: any[][]
): any[][] {
  return guarded(() => householdScoreColumn(criteria, households, weights, combine));
}

/**
 * ABC (Pareto) tier of each client's household by the household's combined value: "A", "B" or "C".
 * @customfunction HOUSEHOLDTIER
 * @param values A column of values such as revenue or assets; spills one tier per row, the same for every member of a household.
 * @param households Each client's household label or ID (a column as tall as values); a blank is a household of one.
 * @param [a_share] Cumulative share up to which a household is A (default 0.8).
 * @param [b_share] Cumulative share up to which a household is B (default 0.95).
 * @returns "A", "B" or "C".
 */
export function householdtier(
  values: any[][],
  households: any[][],
  a_share?: any,
  b_share?: any
): any[][] {
  return guarded(() => householdTierColumn(values, households, a_share, b_share));
}

/**
 * Date of the household's next proactive contact: from the latest last contact of any member, the first working day on or after it + cadence.
 * @customfunction HOUSEHOLDNEXTCONTACT
 * @param last_contact A column of the clients' last proactive contacts.
 * @param tier_or_days Each client's tier (A, B, C) or number of days between contacts (one value, or a column as tall as last_contact).
 * @param households Each client's household label or ID (a column as tall as last_contact); a blank is a household of one.
 * @param [cadence] Two columns: tier and days between contacts (default A 90, B 180, C 365).
 * @param [holidays] Dates that are not working days.
 * @param [weekend] Weekend days as in WORKDAY.INTL: a 7-character mask such as "0000011" or a number code (default 1, Saturday and Sunday).
 * @returns The date of the household's next contact.
 */
export function householdnextcontact(
  last_contact: any[][],
  tier_or_days: any[][],
  households: any[][],
  cadence?: any[][],
  holidays?: any[][],
  weekend?: any
): any[][] {
  return guarded(() => {
    const last = householdLastContacts(last_contact, households);
    if (!last.ok) return [[excelError(last.problem)]];
    return rotationColumn("next", last.value, tier_or_days, null, cadence, holidays, weekend);
  });
}
