/**
 * The Twelve Days sheet: a row a day with the client, its owner and score (generated), and columns
 * for the fifteen minutes of reflection, the fifteen of brainstorming and the date the letter went
 * out (the user's, never written again once the sheet exists).
 */
import type { Cell } from "../cells/cells";
import type { SheetBlock, SheetLayout } from "./sheetLayout";
import { dateText } from "../today/reasonText";
import type { DaySerial } from "../dates/serial";
import { REFLECTION_PROMPTS, type ReviewDay } from "../reviews/twelveDays";

export const TWELVE_DAYS_FIRST_ROW = 5;
/** Points a day's row: about five lines of wrapped notes, room to write by hand on the printout. */
export const TWELVE_DAYS_ROW_HEIGHT = 75;

export function twelveDaysSheetName(start: DaySerial): string {
  return `Twelve Days ${dateText(start).slice(-4)}`;
}

export function twelveDaysLayout(
  days: readonly ReviewDay[],
  start: DaySerial,
  regenerate: boolean
): Omit<SheetLayout, "sheet" | "names"> & Required<Pick<SheetLayout, "columnWidths">> {
  const rows: Cell[][] = Array.from({ length: 12 }, (_, i) => {
    const day = days[i];
    return day === undefined
      ? ["", "", "", "", ""]
      : [
          day.day,
          day.date,
          day.client.name,
          day.client.owner,
          day.client.score === null ? "" : Math.round(day.client.score * 10) / 10,
        ];
  });
  const generated: SheetBlock[] = [
    {
      at: "A1",
      values: [[`Twelve days of appreciation, from ${dateText(start)}`]],
      look: "title",
    },
    {
      at: "A2",
      values: [
        [
          "One top client a day: 15 minutes on what went well and what to improve, 15 on how to add value; then a handwritten letter.",
        ],
      ],
      look: "note",
    },
    {
      at: "A4",
      values: [
        [
          "Day",
          "Date",
          "Client",
          "Owner",
          "Score",
          REFLECTION_PROMPTS[0],
          REFLECTION_PROMPTS[1],
          REFLECTION_PROMPTS[2],
          "Letter sent (date)",
        ],
      ],
      bold: true,
      look: "heading",
      // The prompts are sentences: wrapped over up to four lines they stay over their own columns.
      wrap: true,
      rowHeight: 60,
    },
    {
      at: `A${TWELVE_DAYS_FIRST_ROW}`,
      values: rows,
      formats: ["0", "yyyy-mm-dd", "@", "@", "0.0"],
      wrap: true,
      rowHeight: TWELVE_DAYS_ROW_HEIGHT,
    },
  ];
  const user: SheetBlock[] = [
    {
      at: `F${TWELVE_DAYS_FIRST_ROW}`,
      values: rows.map(() => ["", "", "", ""]),
      formats: ["@", "@", "@", "yyyy-mm-dd"],
      wrap: true,
    },
  ];
  return {
    blocks: regenerate ? generated : [...generated, ...user],
    // The three writing columns equally wide; the rest as narrow as their contents allow.
    columnWidths: [5, 11, 20, 16, 7, 36, 36, 36, 12],
    freezeRows: 4,
    printArea: `A1:I${TWELVE_DAYS_FIRST_ROW + 11}`,
    printOnePageWide: true,
    printLandscape: true,
    // The headers again over the second page's days.
    repeatRows: "4:4",
  };
}
