/**
 * The relationship plan sheet of one account, laid out like a document a manager would print. The
 * generated parts (profile, score breakdown, cadence, this year's contacts, the communication plan,
 * follow-ups, history) are rewritten on every regeneration, each in a region of fixed size; the
 * parts the user writes (objectives, the annual review, the measured results) are laid out only
 * when the sheet is new and never written again, except to bring a sheet of an earlier layout up
 * to date (planMigration.ts).
 */
import type { SheetBlock, SheetLayout } from "./sheetLayout";
import { fitRows } from "./padRows";
import type { Cell } from "../cells/cells";
import type { BookClient } from "../book/clientBook";
import { CLIENT_FIELDS, CRITERIA } from "../book/clientFields";
import type { ContactEntry } from "../book/contactLog";
import type { ScheduledContact } from "../rotation/planSchedule";
import { dateText } from "../today/reasonText";
import type { ScoreBreakdown } from "../scoring/score";
import type { DaySerial } from "../dates/serial";
import type { TierPolicy } from "../book/settings";
import { responsibleFor, type PlannedTouch } from "../rotation/planSchedule";
import { contactsBlocks, MEASURES, RESULTS_LABEL, resultsUserBlocks } from "./planResults";
import { migrate, type UserRegion } from "./planMigration";
import { NUMBER_FORMAT } from "./sheetLook";
import { whatWeKnowLayout, whatWeKnowName } from "./whatWeKnow";
import { PROFILE_FIELDS, PROFILE_LABELS } from "../book/clientProfile";

export interface PlanInput {
  readonly client: BookClient;
  readonly breakdown: ScoreBreakdown;
  readonly policy: TierPolicy | null;
  readonly nextContact: DaySerial | null;
  readonly schedule: readonly ScheduledContact[];
  /** This client's log entries, any order. */
  readonly history: readonly ContactEntry[];
  readonly asOf: DaySerial;
  /** The user (the settings' "I am"): who owns an objective when the client has no owner. */
  readonly me?: string;
  /**
   * Who makes the cadence contacts, resolved through the team table (responsibility.ts); left
   * out, it is read from the policy ("Owner" is the client's owner).
   */
  readonly contactsBy?: string;
  /** The other planned touches (cards, the annual review, the letter): listed after the contacts. */
  readonly touches?: readonly PlannedTouch[];
  /**
   * A household's plan: `client` stands for the family (its name the household's, its criteria
   * the combined ones), the history is every member's, and the members are listed below it.
   */
  readonly household?: HouseholdPlan;
}

/** The family a household plan is for. */
export interface HouseholdPlan {
  /** The household label as typed ("Lopez, Maria & Tom", "1004"). */
  readonly label: string;
  /** Every member, in table order, with their own figures. */
  readonly members: readonly BookClient[];
}

/** A plan sheet but for its name: always printed like a document. */
export type PlanLayout = Required<
  Pick<
    SheetLayout,
    "blocks" | "columnWidths" | "freezeRows" | "printArea" | "printOnePageWide" | "printLandscape"
  >
>;

const DATE = "yyyy-mm-dd";
const TEXT = "@";
const MONEY = NUMBER_FORMAT.money;
const SCHEDULE_ROWS = 30;
const FOLLOW_UP_ROWS = 5;
export const HISTORY_ROWS = 50;
const OBJECTIVE_ROWS = 8;

/** Rows where each part starts (1-based), fixed so regenerating never moves the user's parts. */
export const PLAN_ROWS = {
  profile: 4,
  cadence: 16,
  objectives: 20,
  review: 31,
  results: 37,
  contacts: 38 + MEASURES.length + 2,
  schedule: 47,
  followUps: 48 + SCHEDULE_ROWS + 1,
  history: 48 + SCHEDULE_ROWS + FOLLOW_UP_ROWS + 4,
} as const;

const LAST_ROW = PLAN_ROWS.history + 1 + HISTORY_ROWS;
/** A household plan's members, below the history so that nothing above moves. */
const MEMBER_ROWS = 12;
export const MEMBERS_ROW = LAST_ROW + 2;
const HOUSEHOLD_LAST_ROW = MEMBERS_ROW + 1 + MEMBER_ROWS;

function label(field: string): string {
  return CLIENT_FIELDS.find((f) => f.field === field)?.label ?? field;
}

/** Measurable objectives to start from, by tier: the user edits or replaces them. */
export function suggestedObjectives(
  client: BookClient,
  policy: TierPolicy | null,
  me = "",
  contactsBy?: string
): Cell[][] {
  const revenue = client.record.criteria[CRITERIA.indexOf("revenue")];
  const products = client.record.criteria[CRITERIA.indexOf("products")];
  // Every owner cell names a person: the client's owner, else the user.
  const owner = client.owner.trim() || me.trim();
  const yearEnd = "";
  const rows: Cell[][] = [
    [
      "Grow revenue",
      "Annual revenue",
      revenue ?? "",
      revenue === null ? "" : Math.round(revenue * 1.1),
      yearEnd,
      owner,
    ],
    [
      "More of their business",
      "Products held",
      products ?? "",
      products === null ? "" : products + 1,
      yearEnd,
      owner,
    ],
  ];
  if (client.tier === "A") {
    rows.push(
      ["Share of wallet", "Assets or spend with us (%)", "", "", yearEnd, owner],
      ["Satisfaction", "Yearly score (1–10)", "", 9, yearEnd, owner]
    );
  }
  const perYear = policy === null ? "" : Math.max(1, Math.round(365 / policy.days));
  rows.push([
    "Stay in touch",
    "Proactive contacts a year",
    "",
    perYear,
    yearEnd,
    // A policy saying "Owner" means this client's owner, never the word itself.
    contactsBy?.trim() || (policy === null ? owner : responsibleFor(policy, owner) || owner),
  ]);
  return rows;
}

function generatedBlocks(input: PlanInput): SheetBlock[] {
  const { client, breakdown, policy } = input;
  const r = client.record;
  const tierText =
    client.tier === null
      ? ""
      : r.tierTyped !== null
        ? `${client.tier} (typed; analysis says ${client.computedTier ?? "none"})`
        : client.tier;
  const household = input.household;
  const history = [...input.history].sort((a, b) => b.date - a.date);
  const ownFollowUps =
    household === undefined ? [r.followUp] : household.members.map((m) => m.record.followUp);
  const openFollowUps = [...ownFollowUps, ...history.map((e) => e.followUp)].filter(
    (f, i, all) => f !== "" && all.indexOf(f) === i
  );
  // On a household's plan each contact says which member was reached.
  const notes = (e: ContactEntry) =>
    household === undefined
      ? e.notes
      : e.notes === ""
        ? e.clientName
        : `${e.clientName}: ${e.notes}`;
  return [
    { at: "A1", values: [[`Relationship plan: ${client.name}`]], look: "title" },
    {
      at: "A2",
      values: [
        [
          `Refreshed ${dateText(input.asOf)}. Profile, plan and history are rewritten on regenerate; objectives, the annual review and the results are yours and are kept.`,
        ],
      ],
      look: "note",
    },
    { at: `A${PLAN_ROWS.profile}`, values: [["Profile"]], look: "section" },
    // One block per kind of value, so each cell gets its own format (a score is not a date).
    {
      at: `A${PLAN_ROWS.profile + 1}`,
      values: [
        household === undefined ? ["Client ID", r.id] : ["Household", household.label],
        ["Owner", r.owner],
        ["Tier", tierText],
      ],
      formats: [TEXT, TEXT],
    },
    {
      at: `A${PLAN_ROWS.profile + 4}`,
      values: [["Score (0–100)", client.score === null ? "" : Math.round(client.score * 10) / 10]],
      formats: [TEXT, "0.0"],
    },
    {
      at: `A${PLAN_ROWS.profile + 5}`,
      values: [
        // By household the family's latest, which may be another member's than the row's own.
        ["Last proactive contact", client.lastContact ?? "never"],
        ["Next contact", input.nextContact ?? (client.lastContact === null ? "due now" : "")],
      ],
      formats: [TEXT, DATE],
    },
    {
      at: `A${PLAN_ROWS.profile + 7}`,
      values: [
        ["Phone", r.phone],
        ["Email", r.email],
      ],
      formats: [TEXT, TEXT],
    },
    {
      at: `A${PLAN_ROWS.profile + 9}`,
      values: [
        // A household's birthdays are its members', listed with them.
        ["Birthday", household === undefined ? (r.birthday ?? "") : "see the members"],
        ["Client since", r.clientSince ?? ""],
      ],
      formats: [TEXT, DATE],
    },
    { at: `D${PLAN_ROWS.profile}`, values: [["Score breakdown"]], look: "section" },
    {
      at: `D${PLAN_ROWS.profile + 1}`,
      values: [["Criterion", "Value", "Rank", "Weight", "Points"]],
      bold: true,
      look: "heading",
    },
    // A row each: Excel shows "4." for 4 under "0.##", so whole values get a format without decimals.
    ...CRITERIA.map((field, j) => {
      const part = breakdown.parts[j];
      const value = r.criteria[j] ?? "";
      const whole = typeof value !== "number" || Number.isInteger(value);
      return {
        at: `D${PLAN_ROWS.profile + 2 + j}`,
        values: [
          [label(field), value, part.rank ?? "", part.weight, Math.round(part.points * 10) / 10],
        ],
        formats: [TEXT, whole ? "#,##0" : "#,##0.00", "0%", "General", "0.0"],
      };
    }),
    { at: `A${PLAN_ROWS.cadence}`, values: [["Cadence and responsibility"]], look: "section" },
    {
      at: `A${PLAN_ROWS.cadence + 1}`,
      values: [["Tier", "Days between contacts", "Channel", "Who makes them", "Rule"]],
      bold: true,
      look: "heading",
    },
    {
      at: `A${PLAN_ROWS.cadence + 2}`,
      values: [
        [
          client.tier ?? "",
          policy?.days ?? "",
          policy?.channel ?? "",
          contactsBy(input),
          policy?.responsible ?? "",
        ],
      ],
      formats: [TEXT, "0", TEXT, TEXT, TEXT],
    },
    ...contactsBlocks(PLAN_ROWS.contacts, input.history, policy, input.asOf),
    // Family, work, interests: beside the cadence, kept here where the client list has no column.
    // Each person's own: a household's plan has none.
    ...(household === undefined
      ? whatWeKnowLayout(client.id, r.profile, PLAN_ROWS.cadence).blocks
      : []),
    {
      at: `A${PLAN_ROWS.schedule}`,
      values: [["Communication plan: every touch of the next 12 months"]],
      look: "section",
    },
    {
      at: `A${PLAN_ROWS.schedule + 1}`,
      values: [["Date", "Touch", "Channel", "Who"]],
      bold: true,
      look: "heading",
    },
    {
      at: `A${PLAN_ROWS.schedule + 2}`,
      values: fitRows(planRows(input), SCHEDULE_ROWS, 4),
      formats: [DATE, TEXT, TEXT, TEXT],
      wrap: true,
    },
    { at: `A${PLAN_ROWS.followUps}`, values: [["Open follow-ups"]], look: "section" },
    {
      at: `A${PLAN_ROWS.followUps + 1}`,
      values: fitRows(
        openFollowUps.map((f) => [f]),
        FOLLOW_UP_ROWS,
        1
      ),
      formats: [TEXT],
    },
    {
      at: `A${PLAN_ROWS.history}`,
      values: [["Contact history, newest first"]],
      look: "section",
    },
    {
      at: `A${PLAN_ROWS.history + 1}`,
      values: [["Date", "Channel", "Direction", "Who", "Minutes", "Notes", "Follow-up"]],
      bold: true,
      look: "heading",
    },
    {
      at: `A${PLAN_ROWS.history + 2}`,
      values: fitRows(
        history.map((e) => [
          e.date,
          e.channel,
          e.direction,
          e.who,
          e.minutes ?? "",
          notes(e),
          e.followUp,
        ]),
        HISTORY_ROWS,
        7
      ),
      formats: [DATE, TEXT, TEXT, TEXT, "0", TEXT, TEXT],
      // Notes and follow-ups run to a sentence or two: they wrap within their columns.
      wrap: true,
    },
    ...(household === undefined ? [] : memberBlocks(household)),
  ];
}

/**
 * A household plan's members: each one's own figures, birthday, follow-up and what we know of
 * them. Family, occupation and interests sit where each member's workbook name finds them, as on a
 * client's plan, so what is typed there is read back and kept.
 */
function memberBlocks(household: HouseholdPlan): SheetBlock[] {
  const revenue = CRITERIA.indexOf("revenue");
  return [
    { at: `A${MEMBERS_ROW}`, values: [["Members (each one's own figures)"]], look: "section" },
    {
      at: `A${MEMBERS_ROW + 1}`,
      values: [
        [
          "Member",
          "Client ID",
          "Revenue",
          "Birthday",
          "Follow-up",
          ...PROFILE_FIELDS.map((f) => PROFILE_LABELS[f]),
        ],
      ],
      bold: true,
      look: "heading",
    },
    {
      at: `A${MEMBERS_ROW + 2}`,
      values: fitRows(
        household.members
          .slice(0, MEMBER_ROWS)
          .map((m) => [
            m.name,
            m.id,
            m.record.criteria[revenue] ?? "",
            m.record.birthday ?? "",
            m.record.followUp,
            ...PROFILE_FIELDS.map((f) => m.record.profile[f]),
          ]),
        MEMBER_ROWS,
        5 + PROFILE_FIELDS.length
      ),
      formats: [TEXT, TEXT, MONEY, DATE, TEXT, ...PROFILE_FIELDS.map(() => TEXT)],
      wrap: true,
    },
  ];
}

/** Each member's workbook name over their family, occupation and interests on the household plan. */
export function householdMemberNames(
  household: HouseholdPlan
): { readonly name: string; readonly address: string }[] {
  return household.members.slice(0, MEMBER_ROWS).map((m, i) => {
    const row = MEMBERS_ROW + 2 + i;
    return { name: whatWeKnowName(m.id), address: `F${row}:H${row}` };
  });
}

/**
 * Who makes the cadence contacts: the person the team table resolves to, else the client's owner
 * where the policy says "Owner", else the user; never the word "Owner" itself.
 */
function contactsBy(input: PlanInput): string {
  const owner = input.client.owner.trim() || (input.me ?? "").trim();
  if (input.contactsBy !== undefined && input.contactsBy.trim() !== "") return input.contactsBy;
  return input.policy === null ? owner : responsibleFor(input.policy, owner) || owner;
}

/**
 * The communication plan's rows: the cadence contacts by date, a blank row, then the other touches
 * (cards, the annual review, the letter) by date; cut to the rows the plan has.
 */
function planRows(input: PlanInput): Cell[][] {
  const contacts: Cell[][] = input.schedule.map((c) => [
    c.date,
    "Cadence contact",
    c.channel,
    c.who,
  ]);
  const others: Cell[][] = (input.touches ?? [])
    .filter((t) => t.kind !== "contact")
    .map((t) => [t.date, t.what, t.channel, t.who]);
  if (others.length === 0) return contacts;
  // The other touches always show: the contacts give up rows to them at the end of a long list.
  const room = Math.max(0, SCHEDULE_ROWS - others.length - 1);
  return [...contacts.slice(0, room), ["", "", "", ""], ...others];
}

/** The user's regions, found by their titles when a sheet of an earlier layout is brought up to date. */
export const USER_REGIONS: readonly UserRegion[] = [
  {
    key: "objectives",
    title: "Objectives (yours",
    row: PLAN_ROWS.objectives,
    rows: 10,
    columns: 6,
  },
  { key: "review", title: "Annual review (yours", row: PLAN_ROWS.review, rows: 5, columns: 2 },
  {
    key: "results",
    title: RESULTS_LABEL.slice(0, 22),
    row: PLAN_ROWS.results,
    rows: 2 + MEASURES.length,
    columns: 4,
  },
];

function objectiveBlocks(input: PlanInput): SheetBlock[] {
  const objectives = suggestedObjectives(input.client, input.policy, input.me, input.contactsBy);
  return [
    {
      at: `A${PLAN_ROWS.objectives}`,
      values: [["Objectives (yours: edit freely, regenerating keeps them)"]],
      look: "section",
    },
    {
      at: `A${PLAN_ROWS.objectives + 1}`,
      values: [["Objective", "Measure", "Baseline", "Target", "Due", "Owner"]],
      bold: true,
      look: "heading",
    },
    {
      at: `A${PLAN_ROWS.objectives + 2}`,
      values: fitRows(objectives, OBJECTIVE_ROWS, 6),
      formats: [TEXT, TEXT, "General", "General", DATE, TEXT],
      // An objective or its measure may run to a few words more than the column.
      wrap: true,
    },
    // Revenue, the first objective, as money: 415,930 rather than 415930. Written on its own over
    // the row above so the other rows keep General for whatever measure the user types there.
    {
      at: `C${PLAN_ROWS.objectives + 2}`,
      values: [objectives[0].slice(2, 4)],
      formats: [MONEY, MONEY],
    },
  ];
}

function reviewBlocks(): SheetBlock[] {
  return [
    { at: `A${PLAN_ROWS.review}`, values: [["Annual review (yours)"]], look: "section" },
    {
      at: `A${PLAN_ROWS.review + 1}`,
      values: [
        ["What went well", ""],
        ["What to improve", ""],
        ["Ideas to add value", ""],
        ["Appreciation letter sent (date)", ""],
      ],
      formats: [TEXT, TEXT],
      // Room to write a sentence or two.
      wrap: true,
    },
  ];
}

function userBlocks(input: PlanInput, key: string): SheetBlock[] {
  if (key === "objectives") return objectiveBlocks(input);
  if (key === "review") return reviewBlocks();
  return resultsUserBlocks(PLAN_ROWS.results, input.client);
}

/**
 * The whole sheet for a new plan; only the generated parts when the plan exists already. `existing`
 * is the sheet as it stands (its values from A1), read before a regeneration: a sheet of an
 * earlier layout has its user regions carried to where this one has them.
 */
export function planLayout(
  input: PlanInput,
  regenerate: boolean,
  existing: readonly (readonly Cell[])[] | null = null
): PlanLayout {
  const generated = generatedBlocks(input);
  const user = (key: string) => userBlocks(input, key);
  let blocks: SheetBlock[];
  if (!regenerate) blocks = [...generated, ...USER_REGIONS.flatMap((r) => user(r.key))];
  else if (existing === null) blocks = generated;
  else {
    const migration = migrate(existing, USER_REGIONS, user);
    blocks = [...migration.clear, ...generated, ...migration.regions];
  }
  return {
    blocks,
    // F holds the history's notes: the widest column, as notes are the longest text.
    columnWidths: [26, 24, 14, 16, 12, 34, 28, 10],
    freezeRows: 2,
    printArea: `A1:H${input.household === undefined ? LAST_ROW : HOUSEHOLD_LAST_ROW}`,
    printOnePageWide: true,
    // Eight columns of profile, scores and history: at portrait width the text would be tiny.
    printLandscape: true,
  };
}

/** The region the user writes in, to check after a regeneration that nothing there changed. */
export const USER_REGION = {
  from: PLAN_ROWS.objectives,
  to: PLAN_ROWS.results + 1 + MEASURES.length,
} as const;
