/**
 * The relationship plan sheet of one account, laid out like a document a manager would print. The
 * generated parts (profile, score breakdown, cadence, schedule, follow-ups, history) are rewritten
 * on every regeneration, each in a region of fixed size; the parts the user writes (objectives and
 * the annual review) are laid out only when the sheet is new and never written again.
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
import { responsibleFor } from "../rotation/planSchedule";
import { whatWeKnowLayout } from "./whatWeKnow";

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
const MONEY = "#,##0";
const SCHEDULE_ROWS = 28;
const FOLLOW_UP_ROWS = 5;
export const HISTORY_ROWS = 50;
const OBJECTIVE_ROWS = 8;

/** Rows where each part starts (1-based), fixed so regenerating never moves the user's parts. */
export const PLAN_ROWS = {
  profile: 4,
  cadence: 16,
  objectives: 20,
  review: 31,
  schedule: 37,
  followUps: 38 + SCHEDULE_ROWS + 1,
  history: 38 + SCHEDULE_ROWS + FOLLOW_UP_ROWS + 4,
} as const;

const LAST_ROW = PLAN_ROWS.history + 1 + HISTORY_ROWS;

function label(field: string): string {
  return CLIENT_FIELDS.find((f) => f.field === field)?.label ?? field;
}

/** Measurable objectives to start from, by tier: the user edits or replaces them. */
export function suggestedObjectives(
  client: BookClient,
  policy: TierPolicy | null,
  me = ""
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
      "More of the client's business",
      "Products held",
      products ?? "",
      products === null ? "" : products + 1,
      yearEnd,
      owner,
    ],
  ];
  if (client.tier === "A") {
    rows.push(
      ["Share of wallet", "Share of the client's assets or spend with us", "", "", yearEnd, owner],
      ["Satisfaction", "Score in the yearly conversation (1–10)", "", 9, yearEnd, owner]
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
    policy === null ? owner : responsibleFor(policy, owner) || owner,
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
  const history = [...input.history].sort((a, b) => b.date - a.date);
  const openFollowUps = [r.followUp, ...history.map((e) => e.followUp)].filter(
    (f, i, all) => f !== "" && all.indexOf(f) === i
  );
  return [
    { at: "A1", values: [[`Relationship plan: ${client.name}`]], bold: true },
    {
      at: "A2",
      values: [
        [
          `Refreshed ${dateText(input.asOf)}. Profile, schedule and history are rewritten on regenerate; objectives and the annual review are yours and are kept.`,
        ],
      ],
    },
    { at: `A${PLAN_ROWS.profile}`, values: [["Profile"]], bold: true },
    // One block per kind of value, so each cell gets its own format (a score is not a date).
    {
      at: `A${PLAN_ROWS.profile + 1}`,
      values: [
        ["Client ID", r.id],
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
        ["Last proactive contact", r.lastContact ?? "never"],
        ["Next contact", input.nextContact ?? (r.lastContact === null ? "due now" : "")],
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
        ["Birthday", r.birthday ?? ""],
        ["Client since", r.clientSince ?? ""],
      ],
      formats: [TEXT, DATE],
    },
    { at: `D${PLAN_ROWS.profile}`, values: [["Score breakdown"]], bold: true },
    {
      at: `D${PLAN_ROWS.profile + 1}`,
      values: [["Criterion", "Value", "Rank", "Weight", "Points"]],
      bold: true,
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
    { at: `A${PLAN_ROWS.cadence}`, values: [["Cadence and responsibility"]], bold: true },
    {
      at: `A${PLAN_ROWS.cadence + 1}`,
      values: [["Tier", "Days between contacts", "Channel", "Responsible"]],
      bold: true,
    },
    {
      at: `A${PLAN_ROWS.cadence + 2}`,
      values: [
        [client.tier ?? "", policy?.days ?? "", policy?.channel ?? "", policy?.responsible ?? ""],
      ],
      formats: [TEXT, "0", TEXT, TEXT],
    },
    // Family, work, interests: beside the cadence, kept here where the client list has no column.
    ...whatWeKnowLayout(client.id, r.profile, PLAN_ROWS.cadence).blocks,
    {
      at: `A${PLAN_ROWS.schedule}`,
      values: [["Communication plan: the next 12 months"]],
      bold: true,
    },
    { at: `A${PLAN_ROWS.schedule + 1}`, values: [["Date", "Channel", "Who"]], bold: true },
    {
      at: `A${PLAN_ROWS.schedule + 2}`,
      values: fitRows(
        input.schedule.map((c) => [c.date, c.channel, c.who]),
        SCHEDULE_ROWS,
        3
      ),
      formats: [DATE, TEXT, TEXT],
    },
    { at: `A${PLAN_ROWS.followUps}`, values: [["Open follow-ups"]], bold: true },
    {
      at: `A${PLAN_ROWS.followUps + 1}`,
      values: fitRows(
        openFollowUps.map((f) => [f]),
        FOLLOW_UP_ROWS,
        1
      ),
      formats: [TEXT],
    },
    { at: `A${PLAN_ROWS.history}`, values: [["Contact history, newest first"]], bold: true },
    {
      at: `A${PLAN_ROWS.history + 1}`,
      values: [["Date", "Channel", "Direction", "Who", "Minutes", "Notes", "Follow-up"]],
      bold: true,
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
          e.notes,
          e.followUp,
        ]),
        HISTORY_ROWS,
        7
      ),
      formats: [DATE, TEXT, TEXT, TEXT, "0", TEXT, TEXT],
      // Notes and follow-ups run to a sentence or two: they wrap within their columns.
      wrap: true,
    },
  ];
}

function userBlocks(input: PlanInput): SheetBlock[] {
  const objectives = suggestedObjectives(input.client, input.policy, input.me);
  return [
    {
      at: `A${PLAN_ROWS.objectives}`,
      values: [["Objectives (yours: edit freely, regenerating keeps them)"]],
      bold: true,
    },
    {
      at: `A${PLAN_ROWS.objectives + 1}`,
      values: [["Objective", "Measure", "Baseline", "Target", "Due", "Owner"]],
      bold: true,
    },
    {
      at: `A${PLAN_ROWS.objectives + 2}`,
      values: fitRows(objectives, OBJECTIVE_ROWS, 6),
      formats: [TEXT, TEXT, "General", "General", DATE, TEXT],
    },
    // Revenue, the first objective, as money: 415,930 rather than 415930. Written on its own over
    // the row above so the other rows keep General for whatever measure the user types there.
    {
      at: `C${PLAN_ROWS.objectives + 2}`,
      values: [objectives[0].slice(2, 4)],
      formats: [MONEY, MONEY],
    },
    { at: `A${PLAN_ROWS.review}`, values: [["Annual review (yours)"]], bold: true },
    {
      at: `A${PLAN_ROWS.review + 1}`,
      values: [
        ["What went well", ""],
        ["What to improve", ""],
        ["Ideas to add value", ""],
        ["Appreciation letter sent (date)", ""],
      ],
      formats: [TEXT, TEXT],
    },
  ];
}

/** The whole sheet for a new plan; only the generated parts when the plan exists already. */
export function planLayout(input: PlanInput, regenerate: boolean): PlanLayout {
  return {
    blocks: regenerate ? generatedBlocks(input) : [...generatedBlocks(input), ...userBlocks(input)],
    // F holds the history's notes: the widest column, as notes are the longest text.
    columnWidths: [26, 24, 14, 16, 12, 34, 28, 10],
    freezeRows: 2,
    printArea: `A1:H${LAST_ROW}`,
    printOnePageWide: true,
    // Eight columns of profile, scores and history: at portrait width the text would be tiny.
    printLandscape: true,
  };
}

/** The region the user writes in, to check after a regeneration that nothing there changed. */
export const USER_REGION = { from: PLAN_ROWS.objectives, to: PLAN_ROWS.review + 4 } as const;
