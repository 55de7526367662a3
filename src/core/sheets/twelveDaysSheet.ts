/**
 * The Twelve Days sheet: a row a day with the client, its owner and score (generated), and columns
 * for the fifteen minutes of reflection, the fifteen of brainstorming and the date the letter went
 * out (the user's, never written again once the sheet exists).
 */
import type { Cell } from "../cells/cells";
import { dateText } from "../today/reasonText";
import type { DaySerial } from "../dates/serial";
import { REFLECTION_PROMPTS, type ReviewDay } from "../reviews/twelveDays";

export const TWELVE_DAYS_FIRST_ROW = 5;

export function twelveDaysSheetName(start: DaySerial): string {
  return `Twelve Days ${dateText(start).slice(-4)}`;
}

export function twelveDaysLayout(
  days: readonly ReviewDay[],
  start: DaySerial,
  regenerate: boolean
) {
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
  const generated = [
    { at: "A1", values: [[`Twelve days of appreciation, from ${dateText(start)}`]], bold: true },
    {
      at: "A2",
      values: [
        [
          "One top client a day: 15 minutes on what went well and what to improve, 15 on how to add value; then a handwritten letter.",
        ],
      ],
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
    },
    {
      at: `A${TWELVE_DAYS_FIRST_ROW}`,
      values: rows,
      formats: ["0", "yyyy-mm-dd", "@", "@", "0.0"],
    },
  ];
  const user = [
    {
      at: `F${TWELVE_DAYS_FIRST_ROW}`,
      values: rows.map(() => ["", "", "", ""]),
      formats: ["@", "@", "@", "yyyy-mm-dd"],
    },
  ];
  return {
    blocks: regenerate ? generated : [...generated, ...user],
    columnWidths: [6, 12, 24, 16, 8, 40, 34, 48, 16],
    freezeRows: 4,
    printArea: `A1:I${TWELVE_DAYS_FIRST_ROW + 11}`,
    printOnePageWide: true,
    printLandscape: true,
  };
}
