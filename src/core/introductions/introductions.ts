/**
 * Introductions: who introduced whom, when, and what came of it — the result the relationship hour
 * is for (clients who hear from you think of you when a friend or relative needs help).
 *
 * They have a table of their own, "Introductions", rather than columns of the Contact Log: an
 * introduction is not a contact (it may come up in a call, a meeting or a chance remark, or be
 * told by the person introduced), its result changes months later and is edited in its own row,
 * and every existing Contact Log would otherwise need new columns, which the command line's
 * lossless writer cannot add yet. One row per introduction; the table is made on first use.
 */
import { isBlank, readDate, type Cell } from "../cells/cells";
import type { DaySerial } from "../dates/serial";

export type IntroductionResult = "became a client" | "not yet" | "no";

export const INTRODUCTION_RESULTS: readonly IntroductionResult[] = [
  "became a client",
  "not yet",
  "no",
];

export interface Introduction {
  readonly date: DaySerial;
  /** The client who made the introduction (their client ID) and their name as logged. */
  readonly introducerId: string;
  readonly introducerName: string;
  /** The person introduced: a client ID when they are (or became) a client, else "". */
  readonly introducedId: string;
  readonly introducedName: string;
  readonly result: IntroductionResult;
}

export const INTRODUCTIONS_TABLE = "Introductions";
export const INTRODUCTIONS_SHEET = "Introductions";

export const INTRODUCTION_HEADERS = [
  "Date",
  "Introduced by (ID)",
  "Introduced by",
  "Introduced (ID)",
  "Introduced",
  "Result",
] as const;

/** Columns holding days (written as dates) and text people typed (written as text). */
export const INTRODUCTION_DATE_HEADERS: readonly string[] = ["Date"];
export const INTRODUCTION_DATE_COLUMNS: readonly number[] = [0];
export const INTRODUCTION_TEXT_COLUMNS: readonly number[] = [1, 2, 3, 4, 5];

export function introductionRow(intro: Introduction): Cell[] {
  return [
    intro.date,
    intro.introducerId,
    intro.introducerName,
    intro.introducedId,
    intro.introducedName,
    intro.result,
  ];
}

const text = (cell: Cell) => (isBlank(cell) ? "" : String(cell).trim());

/** A result as people type it ("Yes", "became client", "pending"…); "not yet" when unclear. */
export function readResult(cell: Cell): IntroductionResult {
  const value = text(cell).toLowerCase();
  if (/^(became|client|yes|won|signed)/.test(value)) return "became a client";
  if (/^(no|lost|declined)\b/.test(value)) return "no";
  return "not yet";
}

/** Reads the table back; rows without a date or an introducer are passed over. */
export function readIntroductions(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[]
): Introduction[] {
  const at = (name: (typeof INTRODUCTION_HEADERS)[number]) => headers.indexOf(name);
  const columns = INTRODUCTION_HEADERS.map(at);
  const intros: Introduction[] = [];
  for (const row of rows) {
    const cell = (k: number): Cell => (columns[k] < 0 ? null : row[columns[k]]);
    const date = readDate(cell(0), "Date");
    const introducerId = text(cell(1));
    if (!date.ok || date.value === null || introducerId === "") continue;
    intros.push({
      date: date.value,
      introducerId,
      introducerName: text(cell(2)),
      introducedId: text(cell(3)),
      introducedName: text(cell(4)),
      result: readResult(cell(5)),
    });
  }
  return intros;
}
