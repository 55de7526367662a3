/**
 * The Twelve Days review sheet: my clients by default ("firm" for everyone's), profitability
 * first. Its days are picked once: regenerating refreshes owners and scores
 * but keeps each day's client, so the user's notes never end up beside another client.
 */
import type { DaySerial } from "../core/dates/serial";
import type { ReviewDay } from "../core/reviews/twelveDays";
import { twelveDaysPick, type TwelveDaysScope } from "../core/reviews/twelveDaysPick";
import { twelveDaysLayout, twelveDaysSheetName } from "../core/sheets/twelveDaysSheet";
import type { BookClient } from "../core/book/clientBook";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";
import { writeOwnedSheet } from "./writeOwnedSheet";

export const REVIEWS_SETTING = "relationshipHour.twelveDays";

export async function generateTwelveDays(
  port: WorkbookPort,
  book: LoadedBook,
  start: DaySerial,
  scope: TwelveDaysScope = "mine"
): Promise<string> {
  // The firm's twelve have a sheet of their own: each keeps its own days and notes.
  const sheet =
    scope === "firm" ? `${twelveDaysSheetName(start)} – firm` : twelveDaysSheetName(start);
  const text = await port.loadSetting(REVIEWS_SETTING);
  let picked: Record<string, string[]> = {};
  try {
    picked = text === null ? {} : (JSON.parse(text) as Record<string, string[]>);
  } catch {
    // A damaged record: the days are picked afresh, on a sheet that is then written whole.
  }
  const exists = picked[sheet] !== undefined && (await port.sheetExists(sheet));
  const byId = new Map(book.clients.map((c) => [c.id, c]));
  const days: ReviewDay<BookClient>[] = exists
    ? picked[sheet].flatMap((id, i) => {
        const client = byId.get(id);
        return client === undefined ? [] : [{ day: i + 1, date: start + i, client }];
      })
    : twelveDaysPick(book.clients, book.settings, start, scope);
  await writeOwnedSheet(
    port,
    { sheet, names: [], ...twelveDaysLayout(days, start, exists) },
    book.dateSystem
  );
  if (!exists)
    await port.saveSetting(
      REVIEWS_SETTING,
      JSON.stringify({ ...picked, [sheet]: days.map((d) => d.client.id) })
    );
  return sheet;
}
