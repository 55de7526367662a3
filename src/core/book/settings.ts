/**
 * The rotation's settings: what the "Rotation Settings" sheet holds, its defaults, its layout and
 * how its named ranges are read back. People edit the sheet by hand, so reading is forgiving: a bad
 * cell falls back to its default and is reported, and everything else keeps working.
 */
import { DEFAULT_ABC, resolveThresholds, type AbcThresholds } from "../scoring/abcTier";
import { parseCadenceTable, type CadenceTable } from "../rotation/cadence";
import { normaliseTier } from "../scoring/tierName";
import { padRows } from "../sheets/padRows";
import { isBlank, readDate, readNumber, type Cell } from "../cells/cells";
import { CLIENT_FIELDS, CRITERIA, type ClientField } from "./clientFields";
import type { DaySerial } from "../dates/serial";
import { parseWeekend, SATURDAY_SUNDAY } from "../dates/weekend";
import type { WorkCalendar } from "../dates/workdays";
import { parseDateOrder, type DateOrder } from "../dates/dateOrder";

export interface TierPolicy {
  readonly tier: string;
  readonly days: number;
  /** How the contact is made: a personal call by the owner, a call by the team, a card… */
  readonly channel: string;
  /** Who makes it. */
  readonly responsible: string;
}

/** A person of the practice: who they are, their role, and whose clients they work for. */
export interface TeamMember {
  /** As in the Owner column and the Contact Log's Who. */
  readonly person: string;
  /** "advisor", "assistant", "associate"… */
  readonly role: string;
  /** The owners whose team-tier contacts and cards this person makes. */
  readonly supports: readonly string[];
}

export interface RotationSettings {
  readonly tiers: readonly TierPolicy[];
  /**
   * The practice's people. Empty in a one-person book: then every owner makes their own team-tier
   * contacts, as before teams existed.
   */
  readonly team: readonly TeamMember[];
  /** Weight per criterion; criteria not listed weigh 1. */
  readonly weights: Readonly<Partial<Record<ClientField, number>>>;
  readonly holidays: readonly DaySerial[];
  readonly capacityMinutes: number;
  readonly minutesPerCall: number;
  /** WORKDAY.INTL's mask, Monday first: "0000011" is Saturday and Sunday off. */
  readonly weekend: string;
  /** The current user's name as it appears in the Owner column. */
  readonly me: string;
  readonly abc: AbcThresholds;
  /** How to read text dates like 3/4/2025 where the data does not say; null: the locale's order. */
  readonly dateOrder: DateOrder | null;
  /**
   * Rotate by household: the family is scored, tiered, listed and contacted as one. "auto" (the
   * default, a blank cell) is on when the client table has a Household column with a label in it.
   */
  readonly households: HouseholdMode;
  /**
   * The weight of introductions made (counted from the Introductions table) as a score criterion;
   * 0, the default, leaves them out of the score: opt in on the settings sheet.
   */
  readonly introductionWeight: number;
}

export type HouseholdMode = "auto" | "on" | "off";

export const SETTINGS_SHEET = "Rotation Settings";

export const DEFAULT_SETTINGS: RotationSettings = {
  tiers: [
    { tier: "A", days: 90, channel: "Personal call", responsible: "Owner" },
    { tier: "B", days: 180, channel: "Call", responsible: "Team" },
    { tier: "C", days: 365, channel: "Card or newsletter", responsible: "Team" },
  ],
  team: [],
  weights: {},
  holidays: [],
  capacityMinutes: 60,
  minutesPerCall: 10,
  weekend: "0000011",
  me: "",
  abc: DEFAULT_ABC,
  dateOrder: null,
  households: "auto",
  introductionWeight: 0,
};

/** The names formulas can use; each is a range on the settings sheet. */
export const SETTING_NAMES = {
  cadence: "RH_Cadence",
  weights: "RH_Weights",
  holidays: "RH_Holidays",
  capacity: "RH_Capacity",
  minutesPerCall: "RH_MinutesPerCall",
  weekend: "RH_Weekend",
  me: "RH_Me",
  aShare: "RH_AShare",
  bShare: "RH_BShare",
  dateOrder: "RH_DateOrder",
  team: "RH_Team",
  households: "RH_Households",
} as const;

/** The names whose cells are days (moved between date systems by dateSystemCells.ts). */
export const DATE_SETTING_NAMES: readonly string[] = [SETTING_NAMES.holidays];

const CADENCE_ROWS = 6;
const HOLIDAY_ROWS = 40;
const TEAM_ROWS = 10;
const TEAM_TOP = 24;

export function cadenceTable(settings: RotationSettings): CadenceTable {
  return new Map(settings.tiers.map((t) => [normaliseTier(t.tier), t.days]));
}

/** The settings row of a tier (as typed in a client row or computed), or null. */
export function tierPolicy(settings: RotationSettings, tier: string): TierPolicy | null {
  const key = normaliseTier(tier);
  return settings.tiers.find((t) => normaliseTier(t.tier) === key) ?? null;
}

export function workCalendar(settings: RotationSettings): WorkCalendar {
  const weekend = parseWeekend(settings.weekend);
  return {
    weekend: weekend.ok ? weekend.value : SATURDAY_SUNDAY,
    holidays: new Set(settings.holidays),
  };
}

export function weightOf(settings: RotationSettings, field: ClientField): number {
  return settings.weights[field] ?? 1;
}

/** The sheet as the add-in writes it, with a name for every setting. */
export function settingsLayout(settings: RotationSettings) {
  const label = (field: ClientField) =>
    CLIENT_FIELDS.find((f) => f.field === field)?.label ?? field;
  return {
    sheet: SETTINGS_SHEET,
    blocks: [
      {
        at: "A1",
        values: [
          [
            "Relationship Hour: rotation settings (edit the values; the task pane reads them on refresh)",
          ],
        ],
        bold: true,
      },
      { at: "A3", values: [["Cadence"], ["Tier"]], bold: true },
      { at: "B4", values: [["Days between contacts", "Channel", "Responsible"]], bold: true },
      {
        at: "A5",
        values: padRows(
          settings.tiers.map((t) => [t.tier, t.days, t.channel, t.responsible]),
          CADENCE_ROWS,
          4
        ),
        formats: ["@", "0", "@", "@"],
      },
      { at: "F3", values: [["Score weights"], ["Criterion"]], bold: true },
      { at: "G4", values: [["Weight"]], bold: true },
      {
        at: "F5",
        values: [
          ...CRITERIA.map((c) => [label(c), weightOf(settings, c)]),
          [INTRODUCTIONS_CRITERION, settings.introductionWeight],
        ],
        formats: ["@", "General"],
      },
      { at: "I3", values: [["Holidays"], ["Date"]], bold: true },
      {
        at: "I5",
        values: padRows(
          settings.holidays.map((h) => [h]),
          HOLIDAY_ROWS,
          1
        ),
        formats: ["yyyy-mm-dd"],
      },
      { at: "A13", values: [["The hour"]], bold: true },
      {
        at: "A14",
        values: [
          ["Minutes a day"],
          ["Minutes a call"],
          ["Working week (Monday first, 1 = day off)"],
          ["I am (my name in the Owner column)"],
          ["A tier: cumulative revenue share up to"],
          ["B tier: cumulative revenue share up to"],
          ["Text dates like 3/4/2025 (mdy or dmy; blank: the computer's language)"],
          ["Rotate by household (yes or no; blank: yes when the table has a Household column)"],
        ],
        formats: ["@"],
      },
      // Numbers as numbers, so formulas over them (the Time Budget's minutes) get a number; the
      // working week ("0000011" keeps its zeros), the name and the date order stay text.
      {
        at: "B14",
        values: [[settings.capacityMinutes], [settings.minutesPerCall]],
        formats: ["0"],
      },
      { at: "B16", values: [[settings.weekend], [settings.me]], formats: ["@"] },
      {
        at: "B18",
        values: [[settings.abc.aShare], [settings.abc.bShare]],
        formats: ["General"],
      },
      { at: "B20", values: [[settings.dateOrder ?? ""]], formats: ["@"] },
      { at: "B21", values: [[householdModeText(settings.households)]], formats: ["@"] },
      {
        at: `A${TEAM_TOP - 2}`,
        values: [
          [
            "Team (who supports whom: a tier whose Responsible is Team goes to the owner's assistant)",
          ],
        ],
        bold: true,
      },
      {
        at: `A${TEAM_TOP - 1}`,
        values: [["Person", "Role", "Supports (owners, comma-separated)"]],
        bold: true,
      },
      {
        at: `A${TEAM_TOP}`,
        values: padRows(
          settings.team.map((m) => [m.person, m.role, m.supports.join(", ")]),
          TEAM_ROWS,
          3
        ),
        formats: ["@", "@", "@"],
      },
    ],
    names: [
      { name: SETTING_NAMES.cadence, address: `A5:D${4 + CADENCE_ROWS}` },
      { name: SETTING_NAMES.weights, address: `F5:G${5 + CRITERIA.length}` },
      { name: SETTING_NAMES.holidays, address: `I5:I${4 + HOLIDAY_ROWS}` },
      { name: SETTING_NAMES.capacity, address: "B14" },
      { name: SETTING_NAMES.minutesPerCall, address: "B15" },
      { name: SETTING_NAMES.weekend, address: "B16" },
      { name: SETTING_NAMES.me, address: "B17" },
      { name: SETTING_NAMES.aShare, address: "B18" },
      { name: SETTING_NAMES.bShare, address: "B19" },
      { name: SETTING_NAMES.dateOrder, address: "B20" },
      { name: SETTING_NAMES.households, address: "B21" },
      { name: SETTING_NAMES.team, address: `A${TEAM_TOP}:C${TEAM_TOP + TEAM_ROWS - 1}` },
    ],
    columnWidths: [38, 22, 20, 14, 4, 16, 10, 4, 14],
  };
}

export interface SettingsReading {
  readonly settings: RotationSettings;
  /** What could not be used, each naming the setting and the value; defaults apply there. */
  readonly problems: readonly string[];
}

type NamedValues = Readonly<Record<string, Cell[][] | null>>;

function single(values: NamedValues, name: string): Cell {
  const range = values[name];
  return range === null || range === undefined ? null : range[0][0];
}

function positive(
  values: NamedValues,
  name: string,
  what: string,
  fallback: number,
  problems: string[]
): number {
  const read = readNumber(single(values, name), what);
  if (read.ok && read.value === null) return fallback;
  if (read.ok && read.value !== null && read.value > 0) return read.value;
  problems.push(
    `${what}: ${read.ok ? `${read.value} must be more than 0` : read.problem.message}; using ${fallback}`
  );
  return fallback;
}

export function readTiers(rows: Cell[][] | null, problems: string[]): TierPolicy[] {
  if (rows === null) return [...DEFAULT_SETTINGS.tiers];
  const filled = rows.filter((row) => !row.every(isBlank));
  const table = parseCadenceTable(filled.map((row) => [row[0], row[1]]));
  if (!table.ok) {
    problems.push(
      `Cadence: ${table.problem.message.replace(/^cadence:? ?/, "")}; using the default cadence`
    );
    return [...DEFAULT_SETTINGS.tiers];
  }
  return filled.map((row) => {
    const tier = normaliseTier(String(row[0]));
    const fallback = DEFAULT_SETTINGS.tiers.find((t) => t.tier === tier);
    const text = (cell: Cell, otherwise: string) =>
      isBlank(cell) ? otherwise : String(cell).trim();
    return {
      tier,
      days: table.value.get(tier) ?? fallback?.days ?? 365,
      channel: text(row[2], fallback?.channel ?? "Call"),
      responsible: text(row[3], fallback?.responsible ?? "Team"),
    };
  });
}

/** The weights row of introductions made: not a column of the table, counted from the log. */
const INTRODUCTIONS_CRITERION = "Introductions made";

function readWeights(
  rows: Cell[][] | null,
  problems: string[]
): { weights: Partial<Record<ClientField, number>>; introductionWeight: number } {
  const weights: Partial<Record<ClientField, number>> = {};
  let introductionWeight = 0;
  for (const row of rows ?? []) {
    if (isBlank(row[0])) continue;
    const name = String(row[0]).trim().toLowerCase();
    if (name.startsWith("introductions")) {
      const weight = readNumber(row[1], `Weight of ${INTRODUCTIONS_CRITERION}`);
      if (weight.ok && weight.value !== null && weight.value >= 0)
        introductionWeight = weight.value;
      else if (!weight.ok || weight.value !== null)
        problems.push(
          `${weight.ok ? `Weight of ${INTRODUCTIONS_CRITERION}: ${weight.value} is negative` : weight.problem.message}; not scored`
        );
      continue;
    }
    const field = CLIENT_FIELDS.find(
      (f) => f.kind === "criterion" && (f.label.toLowerCase() === name || f.synonyms.includes(name))
    );
    const weight = readNumber(row[1], `Weight of ${String(row[0]).trim()}`);
    if (field === undefined)
      problems.push(
        `Score weights: "${String(row[0]).trim()}" is not a criterion the add-in knows`
      );
    else if (!weight.ok || (weight.value !== null && weight.value < 0)) {
      problems.push(
        `${weight.ok ? `Weight of ${String(row[0]).trim()}: ${weight.value} is negative` : weight.problem.message}; using 1`
      );
    } else if (weight.value !== null) weights[field.field] = weight.value;
  }
  return { weights, introductionWeight };
}

function readHolidays(rows: Cell[][] | null, problems: string[]): DaySerial[] {
  const holidays: DaySerial[] = [];
  (rows ?? []).forEach((row, i) => {
    const date = readDate(row[0], `Holidays row ${i + 1}`);
    if (!date.ok) problems.push(`${date.problem.message}; left out`);
    else if (date.value !== null) holidays.push(date.value);
  });
  return holidays;
}

export function readTeam(rows: Cell[][] | null): TeamMember[] {
  const text = (cell: Cell) => (isBlank(cell) ? "" : String(cell).trim());
  return (rows ?? [])
    .filter((row) => text(row[0]) !== "")
    .map((row) => ({
      person: text(row[0]),
      role: text(row[1]),
      supports: text(row[2])
        .split(/\s*(?:[,;/&]|\band\b)\s*/)
        .map((p) => p.trim())
        .filter((p) => p !== ""),
    }));
}

/** The settings cell's text for a mode: blank is "auto", so an untouched sheet follows the table. */
function householdModeText(mode: HouseholdMode): string {
  return mode === "auto" ? "" : mode === "on" ? "yes" : "no";
}

/** Yes/no as people type it; null for anything else. */
function readHouseholdMode(cell: Cell): HouseholdMode | null {
  if (isBlank(cell)) return "auto";
  if (typeof cell === "boolean") return cell ? "on" : "off";
  const text = String(cell).trim().toLowerCase();
  if (["yes", "y", "on", "true", "1"].includes(text)) return "on";
  if (["no", "n", "off", "false", "0"].includes(text)) return "off";
  return null;
}

/** Reads the settings from the values of the named ranges (null where a name is missing). */
export function readSettings(values: NamedValues): SettingsReading {
  const problems: string[] = [];
  const weekendCell = single(values, SETTING_NAMES.weekend);
  const weekend = parseWeekend(typeof weekendCell === "string" ? weekendCell.trim() : weekendCell);
  if (!weekend.ok)
    problems.push(
      `Working week: ${weekend.problem.message.replace(/^weekend: /, "")}; using Saturday and Sunday off`
    );
  const aShare = readNumber(single(values, SETTING_NAMES.aShare), "A tier share");
  const bShare = readNumber(single(values, SETTING_NAMES.bShare), "B tier share");
  const abc = aShare.ok && bShare.ok ? resolveThresholds(aShare.value, bShare.value) : null;
  if (abc === null || !abc.ok)
    problems.push(
      `Tier shares: ${abc === null ? "not numbers" : abc.problem.message}; using 0.8 and 0.95`
    );
  const me = single(values, SETTING_NAMES.me);
  const orderCell = single(values, SETTING_NAMES.dateOrder);
  const dateOrder = isBlank(orderCell) ? null : parseDateOrder(String(orderCell));
  if (!isBlank(orderCell) && dateOrder === null)
    problems.push(
      `Text dates: "${String(orderCell).trim()}" is not mdy or dmy; using the computer's language`
    );
  const householdCell = single(values, SETTING_NAMES.households);
  const households = readHouseholdMode(householdCell);
  if (households === null)
    problems.push(
      `Rotate by household: "${String(householdCell).trim()}" is not yes or no; rotating by household where the table has a Household column`
    );
  return {
    settings: {
      tiers: readTiers(values[SETTING_NAMES.cadence] ?? null, problems),
      team: readTeam(values[SETTING_NAMES.team] ?? null),
      ...readWeights(values[SETTING_NAMES.weights] ?? null, problems),
      holidays: readHolidays(values[SETTING_NAMES.holidays] ?? null, problems),
      capacityMinutes: positive(
        values,
        SETTING_NAMES.capacity,
        "Minutes a day",
        DEFAULT_SETTINGS.capacityMinutes,
        problems
      ),
      minutesPerCall: positive(
        values,
        SETTING_NAMES.minutesPerCall,
        "Minutes a call",
        DEFAULT_SETTINGS.minutesPerCall,
        problems
      ),
      weekend: weekend.ok
        ? weekend.value.map((off) => (off ? "1" : "0")).join("")
        : DEFAULT_SETTINGS.weekend,
      me: isBlank(me) ? "" : String(me).trim(),
      abc: abc !== null && abc.ok ? abc.value : DEFAULT_ABC,
      dateOrder,
      households: households ?? "auto",
    },
    problems,
  };
}
