/**
 * Logging an introduction: one row appended to the Introductions table (made on its own sheet on
 * first use), in the book's date system; the book in memory gets it at once, so the card and the
 * welcome call show it without reading the workbook again.
 */
import { cellTextProblem } from "../core/cells/cellTextLimit";
import { columnsFrom1900 } from "../core/cells/dateSystemCells";
import {
  INTRODUCTION_DATE_COLUMNS,
  INTRODUCTION_HEADERS,
  INTRODUCTION_TEXT_COLUMNS,
  INTRODUCTIONS_SHEET,
  INTRODUCTIONS_TABLE,
  introductionRow,
  type Introduction,
} from "../core/introductions/introductions";
import type { NewRows, WorkbookPort, WriteResult } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";

/** What the log dialog or the command line says of an introduction. */
export interface IntroductionDraft {
  readonly date: Introduction["date"];
  /** The introducer's client ID. */
  readonly introducerId: string;
  /** The person introduced: a client ID, or a new name. */
  readonly introduced: string;
  readonly result: Introduction["result"];
}

export function introductionAppend(
  intros: readonly Introduction[],
  system: LoadedBook["dateSystem"]
): NewRows {
  return {
    table: INTRODUCTIONS_TABLE,
    sheet: INTRODUCTIONS_SHEET,
    headers: INTRODUCTION_HEADERS,
    rows: columnsFrom1900(intros.map(introductionRow), INTRODUCTION_DATE_COLUMNS, system),
    textColumns: INTRODUCTION_TEXT_COLUMNS,
    dateColumns: INTRODUCTION_DATE_COLUMNS,
  };
}

/** The introduction as a row: the introducer must be a client; the one introduced may be new. */
export function resolveIntroduction(
  book: LoadedBook,
  draft: IntroductionDraft
): { ok: true; value: Introduction } | { ok: false; message: string } {
  const by = book.clients.find((c) => c.id === draft.introducerId.trim());
  if (by === undefined)
    return { ok: false, message: `No client with ID "${draft.introducerId}" made it` };
  const named = draft.introduced.trim();
  if (named === "") return { ok: false, message: "Say who was introduced: a client ID or a name" };
  const tooLong = cellTextProblem("name introduced", named);
  if (tooLong !== null) return { ok: false, message: tooLong };
  const client = book.clients.find((c) => c.id === named);
  return {
    ok: true,
    value: {
      date: draft.date,
      introducerId: by.id,
      introducerName: by.name,
      introducedId: client?.id ?? "",
      introducedName: client?.name ?? named,
      result: draft.result,
    },
  };
}

export async function logIntroduction(
  port: WorkbookPort,
  book: LoadedBook,
  draft: IntroductionDraft
): Promise<{ result: WriteResult; book: LoadedBook }> {
  const intro = resolveIntroduction(book, draft);
  if (!intro.ok) return { result: intro, book };
  const result = await port.appendAndUpdate(
    introductionAppend([intro.value], book.dateSystem),
    null
  );
  if (!result.ok) return { result, book };
  return { result, book: { ...book, introductions: [...book.introductions, intro.value] } };
}
