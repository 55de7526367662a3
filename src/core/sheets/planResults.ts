/**
 * The plan's measured results: for each measure the user tracks (revenue, satisfaction, share of
 * wallet, purchase intent), a baseline and a current value the user keeps, and the change worked
 * out by a formula; beside them, this year's proactive contacts made (from the Contact Log)
 * against the contacts the cadence plans for a year.
 */
import type { Cell } from "../cells/cells";
import type { BookClient } from "../book/clientBook";
import { CRITERIA } from "../book/clientFields";
import type { ContactEntry } from "../book/contactLog";
import type { TierPolicy } from "../book/settings";
import { dateFromSerial, type DaySerial } from "../dates/serial";
import type { SheetBlock } from "./sheetLayout";
import { NUMBER_FORMAT } from "./sheetLook";

/** A measure's row: its name, and the formats of its values and of their change. */
interface Measure {
  readonly name: string;
  readonly format: string;
  readonly change: string;
}

export const MEASURES: readonly Measure[] = [
  { name: "Annual revenue", format: NUMBER_FORMAT.money, change: "+#,##0;-#,##0;0" },
  { name: "Satisfaction (1–10)", format: "0.0", change: "+0.0;-0.0;0" },
  { name: "Share of wallet", format: NUMBER_FORMAT.percent, change: "+0%;-0%;0%" },
  { name: "Purchase intent (1–10)", format: "0.0", change: "+0.0;-0.0;0" },
];

export const RESULTS_LABEL = "Measured results (yours: baseline and now; the change is worked out)";

/**
 * The section's title, headers and a row a measure: the baseline (revenue from the client list)
 * and now are the user's to fill, the change a formula. All of it is the user's once written, so a
 * measure renamed or a formula changed stays as the user left it.
 */
export function resultsUserBlocks(row: number, client: BookClient): SheetBlock[] {
  const revenue = client.record.criteria[CRITERIA.indexOf("revenue")];
  return [
    { at: `A${row}`, values: [[RESULTS_LABEL]], look: "section" },
    {
      at: `A${row + 1}`,
      values: [["Measure", "Baseline", "Now", "Change"]],
      look: "heading",
      bold: true,
    },
    ...MEASURES.map((m, i): SheetBlock => ({
      at: `A${row + 2 + i}`,
      values: [[m.name, i === 0 ? (revenue ?? "") : "", ""]],
      formats: [NUMBER_FORMAT.text, m.format, m.format],
    })),
    ...changeFormulas(row),
  ];
}

function changeFormulas(row: number): SheetBlock[] {
  return MEASURES.map((m, i) => {
    const r = row + 2 + i;
    return {
      at: `D${r}`,
      values: [[`=IF(OR(B${r}="",C${r}=""),"",C${r}-B${r})`]],
      formats: [m.change],
      formulas: true,
    };
  });
}

/** Proactive contacts this calendar year: those made (logged outbound) and those the cadence plans. */
export function contactsThisYear(
  history: readonly ContactEntry[],
  policy: TierPolicy | null,
  asOf: DaySerial
): { made: number; planned: number | null } {
  const year = dateFromSerial(asOf).year;
  const made = history.filter(
    (e) =>
      e.direction === "outbound" &&
      e.channel !== "snooze" &&
      e.date <= asOf &&
      dateFromSerial(e.date).year === year
  ).length;
  return { made, planned: policy === null ? null : Math.max(1, Math.round(365 / policy.days)) };
}

export function contactsBlocks(
  row: number,
  history: readonly ContactEntry[],
  policy: TierPolicy | null,
  asOf: DaySerial
): SheetBlock[] {
  const { made, planned } = contactsThisYear(history, policy, asOf);
  const year = dateFromSerial(asOf).year;
  const values: Cell[] = [`Proactive contacts in ${year}`, made, planned ?? ""];
  return [
    {
      at: `A${row}`,
      values: [["This year (Contact Log)", "Made", "Planned", "Done"]],
      look: "heading",
      bold: true,
    },
    { at: `A${row + 1}`, values: [values], formats: ["@", "0", "0"] },
    {
      at: `D${row + 1}`,
      values: [[`=IF(N(C${row + 1})>0,B${row + 1}/C${row + 1},"")`]],
      formats: [NUMBER_FORMAT.percent],
      formulas: true,
    },
  ];
}
