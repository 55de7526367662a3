/**
 * The Time Budget for one person: a sheet of their own ("Time Budget – Pat"), with what they are
 * responsible for against the year's hours and against their daily relationship hour. Its figures
 * are values worked out by personBudget.ts (who is responsible is a rule of the settings' team
 * table, not a formula); regenerating writes them again.
 */
import type { Cell } from "../cells/cells";
import type { PersonBudget } from "../reviews/personBudget";
import type { SheetLayout } from "./sheetLayout";
import { dateText } from "../today/reasonText";
import type { DaySerial } from "../dates/serial";

export function personBudgetSheetName(person: string): string {
  // Excel's sheet names: 31 characters, none of \ / ? * [ ] :
  return `Time Budget – ${person.replace(/[\\/?*[\]:]/g, " ").trim() || "nobody"}`.slice(0, 31);
}

const round = (hours: number) => Math.round(hours * 10) / 10;

export function personBudgetLayout(budget: PersonBudget, asOf: DaySerial): SheetLayout {
  const needs: Cell[][] = budget.needs.map((n) => [n.label, round(n.hours)]);
  const top = 6;
  const after = top + needs.length + 1;
  return {
    sheet: personBudgetSheetName(budget.person),
    blocks: [
      {
        at: "A1",
        values: [[`Time budget for ${budget.person}, ${dateText(asOf)}`]],
        look: "title",
      },
      {
        at: "A2",
        values: [
          [
            "What this person is responsible for (Rotation Settings: tiers and team) against their hours. Written by the add-in; regenerate to refresh.",
          ],
        ],
        look: "note",
      },
      {
        at: "A4",
        values: [["What the rotation needs of them", "Hours a year"]],
        bold: true,
        look: "heading",
      },
      { at: `A${top}`, values: needs, formats: ["@", "0.0"] },
      {
        at: `A${after}`,
        values: [
          ["Needed in all", round(budget.neededHours)],
          ["Relationship hours of 2,200 less allocations", round(budget.relationshipHours)],
          ["… surplus (deficit when negative)", round(budget.surplus)],
          [
            `Their relationship hour: minutes a day × ${budget.workingDays} working days`,
            round(budget.hourBudget),
          ],
          ["… surplus (deficit when negative)", round(budget.hourSurplus)],
        ],
        formats: ["@", "0.0"],
      },
    ],
    names: [],
    columnWidths: [60, 14],
    printArea: `A1:B${after + 4}`,
    printOnePageWide: true,
  };
}
