/**
 * One-click relationship plans: a sheet per account, found again by client ID on every
 * regeneration (the sheet names are kept in the workbook), so the user's objectives and review
 * notes on it are never overwritten.
 */
import type { BookClient } from "../core/book/clientBook";
import { CRITERIA } from "../core/book/clientFields";
import { planLayout } from "../core/sheets/planSheet";
import { planSchedule, touchPlan, type ScheduledContact } from "../core/rotation/planSchedule";
import { Responsibilities } from "../core/today/responsibility";
import { twelveDaysPick } from "../core/reviews/twelveDaysPick";
import { upcomingTwelveDaysStart } from "../core/reviews/twelveDays";
import type { Cell } from "../core/cells/cells";
import { nextContact } from "../core/rotation/rotation";
import { RankedBook, scoreBreakdown } from "../core/scoring/score";
import type { DaySerial } from "../core/dates/serial";
import { weightOf, workCalendar, type TierPolicy } from "../core/book/settings";
import { uniqueSheetName } from "../core/sheets/sheetNames";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";
import { writeOwnedSheet } from "./writeOwnedSheet";
import { loadRegistry, PLANS_SETTING, type PlanRegistry as Registry } from "./planRegistry";
import { withPlanProfiles } from "./planProfile";
import { householdMemberNames, PLAN_ROWS } from "../core/sheets/planSheet";
import { whatWeKnowLayout } from "../core/sheets/whatWeKnow";
import { householdUnits } from "../core/households/householdBook";
import { householdPlanOf, memberCards } from "./householdPlan";

export { PLANS_SETTING };

/**
 * The plan's sheet: its own sheet when it still exists, else a new name no sheet has. `key` is
 * the registry's (a client ID, or a household's key), `name` what a new sheet is named after.
 */
async function sheetFor(
  port: WorkbookPort,
  registry: Registry,
  key: string,
  name: string
): Promise<{ sheet: string; exists: boolean }> {
  const known = Object.prototype.hasOwnProperty.call(registry, key) ? registry[key] : undefined;
  if (known !== undefined && (await port.sheetExists(known))) return { sheet: known, exists: true };
  const tried: string[] = Object.values(registry);
  for (;;) {
    const candidate = uniqueSheetName(name, tried);
    if (!(await port.sheetExists(candidate))) return { sheet: candidate, exists: false };
    tried.push(candidate);
  }
}

/** The cadence, channel and who for the client's tier; null when the settings have no such tier. */
export function tierPolicy(book: LoadedBook, client: BookClient): TierPolicy | null {
  return book.settings.tiers.find((t) => t.tier === client.tier) ?? null;
}

/**
 * The client's contacts for the next twelve months, as the plan sheet lists them; none without a
 * cadence for the client's tier. The calendar file is built from the same list.
 */
export function clientSchedule(
  book: LoadedBook,
  client: BookClient,
  asOf: DaySerial
): ScheduledContact[] {
  const policy = tierPolicy(book, client);
  if (policy === null) return [];
  return planSchedule({
    lastContact: client.lastContact,
    policy,
    owner: client.owner,
    asOf,
    calendar: workCalendar(book.settings),
    who: contactPerson(book, client),
  });
}

/**
 * The person who makes a client's rotation contacts and sends its cards, by the team table (for a
 * mailing tier, the owner's team); the user where the client has no owner.
 */
function contactPerson(book: LoadedBook, client: BookClient): string {
  return new Responsibilities(book.settings).occasionPerson(client) || book.settings.me.trim();
}

/** Each owner's twelve days (client ID → day), worked out once for all the plans of a run. */
type TwelveDaysByOwner = Map<string, Map<string, DaySerial>>;

function twelveDaysOn(
  book: LoadedBook,
  client: BookClient,
  asOf: DaySerial,
  memo: TwelveDaysByOwner
): DaySerial | null {
  const owner = client.owner.trim().toLowerCase();
  let days = memo.get(owner);
  if (days === undefined) {
    // The owner's own top twelve: each advisor writes to their own best clients.
    const picked = twelveDaysPick(
      book.clients,
      { ...book.settings, me: client.owner },
      upcomingTwelveDaysStart(asOf)
    );
    days = new Map(picked.map((d) => [d.client.id, d.date]));
    memo.set(owner, days);
  }
  return days.get(client.id) ?? null;
}

/** Rows of a plan sheet read before regenerating it: past the end of any layout's history. */
const PLAN_READ = "A1:H160";

async function writePlan(
  port: WorkbookPort,
  book: LoadedBook,
  ranked: PlanRanks,
  registry: Registry,
  given: BookClient,
  asOf: DaySerial,
  memo: TwelveDaysByOwner = new Map()
): Promise<string> {
  // A member of a household gets the family's plan.
  const family = householdPlanOf(book, given);
  const client = family?.client ?? given;
  const key = family?.key ?? given.id;
  const { sheet, exists } = await sheetFor(port, registry, key, client.name);
  const policy = tierPolicy(book, client);
  const calendar = workCalendar(book.settings);
  const weights = CRITERIA.map((field) => weightOf(book.settings, field));
  const schedule = clientSchedule(book, client, asOf);
  const person = contactPerson(book, client);
  const existing: Cell[][] | null =
    exists && port.readSheetValues !== undefined
      ? await port.readSheetValues(sheet, PLAN_READ)
      : null;
  const ids = new Set(family?.plan.members.map((m) => m.id) ?? [client.id]);
  const touches = touchPlan({
    contacts: schedule,
    birthday: family === null ? client.record.birthday : null,
    clientSince: client.record.clientSince,
    cardsBy: person,
    owner: client.owner.trim() || book.settings.me.trim() || person,
    twelveDaysOn: twelveDaysOn(book, family?.lead ?? client, asOf, memo),
    asOf,
    calendar,
  });
  const layout = planLayout(
    {
      client,
      breakdown: scoreBreakdown(
        family === null ? ranked.clients : ranked.households(),
        client.record.criteria,
        weights
      ),
      policy,
      nextContact:
        policy === null || client.lastContact === null
          ? null
          : nextContact(client.lastContact, policy.days, calendar),
      schedule,
      history: book.log.filter((e) => ids.has(e.clientId) && e.channel !== "snooze"),
      asOf,
      me: book.settings.me,
      contactsBy: person,
      touches:
        family === null
          ? touches
          : [...touches, ...memberCards(family.plan.members, person, asOf, calendar)].sort(
              (x, y) => x.date - y.date
            ),
      ...(family === null ? {} : { household: family.plan }),
    },
    exists,
    existing
  );
  const { names } =
    family === null
      ? whatWeKnowLayout(client.id, client.record.profile, PLAN_ROWS.cadence)
      : { names: householdMemberNames(family.plan) };
  await writeOwnedSheet(port, { sheet, names, ...layout }, book.dateSystem);
  registry[key] = sheet;
  return sheet;
}

/** The ranked books a run's plans are scored in: clients, and households made when first asked. */
interface PlanRanks {
  readonly clients: RankedBook;
  households(): RankedBook;
}

function planRanks(book: LoadedBook): PlanRanks {
  let households: RankedBook | null = null;
  return {
    clients: rankedBook(book),
    households: () =>
      (households ??= RankedBook.of(
        householdUnits(book.clients.map((c) => c.record)).rows,
        CRITERIA.length
      )),
  };
}

function rankedBook(book: LoadedBook): RankedBook {
  return RankedBook.of(
    book.clients.map((c) => c.record.criteria),
    CRITERIA.length
  );
}

/** Writes (or refreshes) one client's plan sheet; returns the sheet's name. */
export async function generatePlan(
  port: WorkbookPort,
  book: LoadedBook,
  client: BookClient,
  asOf: DaySerial,
  options: { readonly profilesRead?: boolean } = {}
): Promise<string> {
  const registry = await loadRegistry(port);
  // What was typed in the plan's "What we know" since the book was read is written back, not over
  // (unless the caller has read it already and changed some of it since).
  const latest = options.profilesRead ? book : await withPlanProfiles(port, book, registry);
  const current = latest.clients.find((c) => c.id === client.id) ?? client;
  const sheet = await writePlan(port, latest, planRanks(book), registry, current, asOf);
  await port.saveSetting(PLANS_SETTING, JSON.stringify(registry));
  return sheet;
}

/** Plans for every client of a tier, reporting progress after each sheet. */
export async function generatePlansForTier(
  port: WorkbookPort,
  book: LoadedBook,
  tier: string,
  asOf: DaySerial,
  onProgress: (done: number, total: number) => void = () => undefined
): Promise<string[]> {
  const registry = await loadRegistry(port);
  const clients = (await withPlanProfiles(port, book, registry)).clients.filter(
    (c) => c.tier === tier
  );
  const ranked = planRanks(book);
  const sheets: string[] = [];
  const memo: TwelveDaysByOwner = new Map();
  // A household's plan once, however many of its members are in the tier.
  const planned = new Set<string>();
  const units = clients.filter((c) => {
    const key = householdPlanOf(book, c)?.key ?? c.id;
    if (planned.has(key)) return false;
    planned.add(key);
    return true;
  });
  for (const client of units) {
    sheets.push(await writePlan(port, book, ranked, registry, client, asOf, memo));
    onProgress(sheets.length, units.length);
  }
  await port.saveSetting(PLANS_SETTING, JSON.stringify(registry));
  return sheets;
}
