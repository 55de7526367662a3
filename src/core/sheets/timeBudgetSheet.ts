/**
 * The Time Budget sheet, built from live Excel formulas over the client table and the settings
 * names, so editing an input (hours, allocations, cadence, minutes) recalculates without the
 * add-in. It follows the arithmetic of timeBudget.ts line by line.
 */
import type { SheetLayout } from "./sheetLayout";
import type { Cell } from "../cells/cells";
import type { ColumnMapping } from "../book/clientFields";
import { DEFAULT_ALLOCATIONS, DEFAULT_ANNUAL_HOURS } from "../reviews/timeBudget";
import { SETTING_NAMES, type RotationSettings } from "../book/settings";

export const TIME_BUDGET_SHEET = "Time Budget";

/** A structured reference to a table column, escaping the characters Excel reserves there. */
export function columnRef(table: string, header: string): string {
  return `${table}[${header.replace(/(['#[\]@])/g, "'$1")}]`;
}

export interface TimeBudgetSource {
  readonly table: string;
  readonly mapping: ColumnMapping;
  readonly settings: RotationSettings;
  readonly hasSettingsSheet: boolean;
  /** Clients per tier, used only where the table has neither a tier nor a revenue column. */
  readonly counts: ReadonlyMap<string, number>;
}

const MINUTES_PER_CARD = 5;
const MINUTES_PER_WELCOME = 20;
const FIRST_TIER_ROW = 12;

/** How many clients are in the tier named in column A of `row`, as a formula. */
function clientsFormula(source: TimeBudgetSource, row: number, tier: string): Cell {
  const { table, mapping } = source;
  const typed = mapping.tier === undefined ? null : columnRef(table, mapping.tier);
  const revenue = mapping.revenue === undefined ? null : columnRef(table, mapping.revenue);
  // The typed tier wins; else the ABC tier of the revenue, as the pane works it out.
  const effective =
    typed !== null && revenue !== null
      ? `IF(TRIM(${typed})<>"",UPPER(TRIM(${typed})),RH.TIER(${revenue}))`
      : typed !== null
        ? `UPPER(TRIM(${typed}))`
        : revenue !== null
          ? `RH.TIER(${revenue})`
          : null;
  // SUMPRODUCT evaluates its argument as an array in every Excel and in other spreadsheets alike,
  // where a plain SUM over a comparison would need an array formula.
  const counted = source.counts.get(tier) ?? 0;
  if (effective === null) return counted;
  const live = `SUMPRODUCT(IFERROR(--(${effective}=A${row}),0))`;
  // Without the add-in (Excel where it is not loaded, another spreadsheet program) RH.TIER is an
  // unknown name and every untyped tier an error: the count made when the sheet was written
  // stands in, rather than a silent 0 that would make any rotation look affordable.
  return effective.includes("RH.TIER(")
    ? `=IF(ISERROR(RH.TIER(1)),${counted},${live})`
    : `=${live}`;
}

export function timeBudgetLayout(source: TimeBudgetSource): SheetLayout {
  const { table, mapping, settings } = source;
  const tiers = settings.tiers;
  const last = FIRST_TIER_ROW + tiers.length - 1;
  const cards = last + 1;
  const welcomes = last + 2;
  const twelve = last + 3;
  const needed = last + 5;
  const surplus = last + 6;
  const whatIf = last + 8;
  // The tier is matched by reference to its name in column A, never pasted into the formula:
  // a name from the settings sheet such as `B",0),2),999)+WEBSERVICE("…")+("` stays a name.
  // "--" makes a number of a setting typed or stored as text (older settings sheets kept "Minutes
  // a call" in a text cell): a text "10" would print left-aligned against the next column's
  // figure and be skipped by SUM.
  const days = (row: number, fallback: number): Cell =>
    source.hasSettingsSheet
      ? `=IFERROR(--INDEX(${SETTING_NAMES.cadence},MATCH(A${row},INDEX(${SETTING_NAMES.cadence},0,1),0),2),${fallback})`
      : fallback;
  const minutes: Cell = source.hasSettingsSheet
    ? `=IFERROR(--${SETTING_NAMES.minutesPerCall},${settings.minutesPerCall})`
    : settings.minutesPerCall;
  const count = (header: string | undefined): string =>
    header === undefined ? "0" : `COUNT(${columnRef(table, header)})`;
  const recent =
    mapping.clientSince === undefined
      ? "0"
      : `COUNTIFS(${columnRef(table, mapping.clientSince)},">="&(TODAY()-365))`;
  const { management, development, administration, other } = DEFAULT_ALLOCATIONS;
  return {
    sheet: TIME_BUDGET_SHEET,
    blocks: [
      { at: "A1", values: [["Time budget: does the rotation fit the year?"]], look: "title" },
      {
        at: "A2",
        values: [
          [
            // Short enough to print within the sheet's width: a note runs over empty cells, not the page.
            "Edit the hours, allocations and minutes (cadences: Rotation Settings); it all recalculates.",
          ],
        ],
        look: "note",
      },
      {
        at: "A4",
        values: [
          ["Hours a year", DEFAULT_ANNUAL_HOURS],
          ["Management", management],
          ["Development", development],
          ["Administration", administration],
          ["Other", other],
        ],
        formats: ["@", "#,##0"],
      },
      {
        at: "A9",
        values: [["Left for relationships", "=B4-SUM(B5:B8)"]],
        formats: ["@", "#,##0"],
        bold: true,
        look: "total",
        formulas: true,
      },
      {
        at: "A11",
        values: [
          [
            "What the rotation needs",
            "Clients",
            "Days between contacts",
            "Contacts a year",
            "Minutes each",
            "Hours a year",
          ],
        ],
        bold: true,
        look: "heading",
        // Two lines, so "Days between contacts" stays over its own column in print.
        wrap: true,
        rowHeight: 30,
      },
      // Labels (the tier names among them, which a user typed) in a text block of their own:
      // only the add-in's own strings are ever in a block written as formulas.
      {
        at: `A${FIRST_TIER_ROW}`,
        values: [
          ...tiers.map((t) => [t.tier]),
          ["Cards: birthdays and client anniversaries"],
          ["Welcome calls: clients new in the last 12 months"],
          ["Twelve days of appreciation (12 × 30 minutes)"],
        ],
        formats: ["@"],
      },
      {
        at: `B${FIRST_TIER_ROW}`,
        values: [
          ...tiers.map((t, i) => {
            const r = FIRST_TIER_ROW + i;
            return [
              clientsFormula(source, r, t.tier),
              days(r, t.days),
              `=IF(C${r}>0,365/C${r},0)`,
              minutes,
              `=B${r}*D${r}*E${r}/60`,
            ];
          }),
          [
            `=${count(mapping.birthday)}+${count(mapping.clientSince)}`,
            "",
            1,
            MINUTES_PER_CARD,
            `=B${cards}*D${cards}*E${cards}/60`,
          ],
          [`=${recent}`, "", 1, MINUTES_PER_WELCOME, `=B${welcomes}*D${welcomes}*E${welcomes}/60`],
          [12, "", 1, 30, `=B${twelve}*D${twelve}*E${twelve}/60`],
        ],
        formats: ["#,##0", "0", "0.0", "0", "#,##0.0"],
        formulas: true,
      },
      {
        at: `A${twelve + 1}`,
        values: [
          [
            "Clients per tier count live; without the add-in, tiers from revenue count as when this was made.",
          ],
        ],
      },
      {
        at: `A${needed}`,
        values: [
          ["Needed", "", "", "", "", `=SUM(F${FIRST_TIER_ROW}:F${twelve})`],
          ["Surplus (+) or deficit (−)", "", "", "", "", `=B9-F${needed}`],
        ],
        formats: ["@", "@", "@", "@", "@", "#,##0.0"],
        bold: true,
        look: "total",
        formulas: true,
      },
      {
        at: `A${whatIf}`,
        values: [["What would fit", "Days now", "Days instead", "", "", "Hours freed a year"]],
        bold: true,
        look: "heading",
        wrap: true,
        rowHeight: 30,
      },
      {
        at: `A${whatIf + 1}`,
        values: tiers.map((t) => [`Tier ${t.tier} a third less often`]),
        formats: ["@"],
      },
      {
        at: `B${whatIf + 1}`,
        values: tiers.map((_, i) => {
          const r = FIRST_TIER_ROW + i;
          const w = whatIf + 1 + i;
          return [
            `=C${r}`,
            `=MAX(C${r}+30,MROUND(C${r}*4/3,30))`,
            "",
            "",
            `=IF(C${w}>0,B${r}*(365/B${w}-365/C${w})*E${r}/60,0)`,
          ];
        }),
        formats: ["0", "0", "@", "@", "#,##0.0"],
        formulas: true,
      },
    ],
    names: [{ name: "RH_Surplus", address: `F${surplus}` }],
    columnWidths: [46, 10, 14, 12, 10, 12],
    freezeRows: 2,
    printArea: `A1:F${whatIf + tiers.length}`,
    printOnePageWide: true,
  };
}
