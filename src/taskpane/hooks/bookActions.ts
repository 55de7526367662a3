/**
 * What the pane can do to the workbook. Every action goes through src/app and one of the runners
 * of useBookState; logging and snoozing take the updated book those return, so the pane changes
 * at once without reading the workbook again.
 */
import { logContact, snooze, type ContactDraft, type LogOptions } from "../../app/contactActions";
import { logMailingSent, mailingFor } from "../../app/mailingActions";
import { undoLastContact } from "../../app/undoActions";
import type { MailingChannel } from "../../core/book/tierResponsibility";
import { createPersonTimeBudget, createTimeBudget } from "../../app/budgetActions";
import { refreshCoverage } from "../../app/coverageActions";
import { createTimeJournal } from "../../app/journalActions";
import { generatePlan, generatePlansForTier } from "../../app/planActions";
import { generateTwelveDays } from "../../app/reviewActions";
import type { TwelveDaysScope } from "../../core/reviews/twelveDaysPick";
import {
  addClientIds,
  confirmMapping,
  createSettingsSheet,
  insertSample,
  makeTable,
} from "../../app/setupActions";
import type { BookClient } from "../../core/book/clientBook";
import type { ColumnMapping } from "../../core/book/clientFields";
import type { DaySerial } from "../../core/dates/serial";
import type { RotationSettings } from "../../core/book/settings";
import type { TableInfo, WorkbookPort } from "../../workbook/workbookPort";
import { refusal, type Problem } from "../problem";
import type { BookRunner } from "./useBookState";

export interface BookActions {
  /** The set-up actions resolve to true when done; a failure is in `problem`. */
  refresh(): Promise<boolean>;
  /** Reads another table as the client list (its mapping is guessed until saved). */
  chooseTable(name: string): Promise<boolean>;
  listTables(): Promise<TableInfo[]>;
  /** Resolves to null when logged, else to what went wrong (shown where the user is). */
  log(client: BookClient, draft: ContactDraft, options?: LogOptions): Promise<Problem | null>;
  /** Takes back the client's last logged contact (its log row and what it changed). */
  undo(client: BookClient): Promise<Problem | null>;
  /** Logs a mailing as sent to everyone due for it, in one batch. */
  logMailing(channel: MailingChannel, asOf: DaySerial, who: string): Promise<Problem | null>;
  snooze(client: BookClient, until: DaySerial, who: string): Promise<Problem | null>;
  insertSample(): Promise<boolean>;
  makeTable(): Promise<boolean>;
  saveMapping(mapping: ColumnMapping): Promise<boolean>;
  /** Adds a Client ID column and saves the mapping (with the user's other choices) to it. */
  addClientIds(mapping: ColumnMapping): Promise<boolean>;
  createSettingsSheet(settings: RotationSettings): Promise<boolean>;
  /** Writes (or refreshes) a client's plan sheet; its name, or null when it failed. */
  plan(client: BookClient, asOf: DaySerial): Promise<string | null>;
  /** Plans for every client of a tier, reporting progress; the sheets' names, or null. */
  plansForTier(
    tier: string,
    asOf: DaySerial,
    onProgress: (done: number, total: number) => void
  ): Promise<string[] | null>;
  /** The Twelve Days sheet for the days from `start`; its name, or null. */
  /** The Twelve Days sheet from my clients, or the whole firm's ("firm"). */
  twelveDays(start: DaySerial, scope?: TwelveDaysScope): Promise<string | null>;
  /** The Time Budget sheet (written once; it recalculates by itself); whether it was new, or null. */
  /** The book's Time Budget (live formulas), or one person's (values, written again each time). */
  timeBudget(person?: string | null): Promise<{ sheet: string; created: boolean } | null>;
  /** The Time Journal sheet (written once); whether it was new, or null. */
  timeJournal(): Promise<{ sheet: string; created: boolean } | null>;
  /** Writes the Coverage dashboard as of a day; its sheet's name, or null. */
  coverage(asOf: DaySerial): Promise<string | null>;
  /** Brings a sheet the add-in wrote to the front; false when it failed (the problem is shown). */
  showSheet(sheet: string): Promise<boolean>;
  dismissProblem(): void;
}

export function bookActions(
  port: WorkbookPort,
  today: () => DaySerial,
  run: BookRunner
): BookActions {
  const { task, produce, write, load, currentBook } = run;
  return {
    dismissProblem: run.dismissProblem,
    refresh: () => task("Reading the workbook", "read the workbook", load),
    chooseTable: (name) =>
      task("Reading the table", `read the table ${name}`, async () => {
        run.pinTable(name);
        await load();
      }),
    listTables: () => port.listTables(),
    showSheet: (sheet) =>
      task("Opening the sheet", `go to the sheet "${sheet}"`, async () => {
        const shown = await port.showSheet(sheet);
        return shown.ok ? null : refusal(shown.message, `go to the sheet "${sheet}"`);
      }),
    log: (client, draft, options) =>
      write("Saving the contact", "log the contact", (book) =>
        logContact(port, book, client, draft, options)
      ),
    undo: (client) =>
      write("Undoing", `take back the last contact with ${client.name}`, (book) =>
        undoLastContact(port, book, client)
      ),
    logMailing: (channel, asOf, who) =>
      write("Logging the mailing", `log the ${channel} as sent`, (book) =>
        logMailingSent(port, book, mailingFor(book, channel, asOf), asOf, who)
      ),
    snooze: (client, until, who) =>
      write("Snoozing", "snooze the client", (book) =>
        snooze(port, book, client, until, today(), who)
      ),
    insertSample: () =>
      task("Inserting the sample client list", "insert the sample client list", async () => {
        await insertSample(port, today());
        run.pinTable(undefined);
        await load();
      }),
    makeTable: () =>
      task("Making a table", "make a table from the sheet", async () => {
        const current = run.current();
        if (current.kind !== "no-table" || current.activeSheet === null)
          return refusal("There is no sheet to make a table from.", "make a table");
        await makeTable(port, current.activeSheet.sheet, current.activeSheet.address);
        await load();
      }),
    saveMapping: (mapping) =>
      task("Saving the columns", "save the columns", async () => {
        await confirmMapping(port, currentBook().table.name, mapping);
        run.pinTable(undefined);
        await load();
      }),
    addClientIds: (mapping) =>
      task("Adding client IDs", "add client IDs", async () => {
        const result = await addClientIds(port, { ...currentBook(), mapping });
        if (!result.ok) return refusal(result.message, "add client IDs");
        run.pinTable(undefined);
        await load();
      }),
    createSettingsSheet: (settings) =>
      task("Creating the settings sheet", "create the Rotation Settings sheet", async () => {
        await createSettingsSheet(port, settings);
        await load();
      }),
    twelveDays: (start, scope) =>
      produce("Writing the twelve days", "write the Twelve Days sheet", () =>
        generateTwelveDays(port, currentBook(), start, scope)
      ),
    timeBudget: (person) =>
      produce("Writing the time budget", "write the Time Budget sheet", async () => {
        if (person === undefined || person === null) return createTimeBudget(port, currentBook());
        const { sheet } = await createPersonTimeBudget(port, currentBook(), today(), person);
        return { sheet, created: true };
      }),
    timeJournal: () =>
      produce("Writing the time journal", "write the Time Journal sheet", () =>
        createTimeJournal(port)
      ),
    coverage: (asOf) =>
      produce("Refreshing coverage", "refresh the Coverage sheet", () =>
        refreshCoverage(port, currentBook(), asOf)
      ),
    plan: (client, asOf) =>
      produce("Writing the plan", `write ${client.name}'s plan`, () =>
        generatePlan(port, currentBook(), client, asOf)
      ),
    plansForTier: (tier, asOf, onProgress) =>
      produce(`Writing the tier ${tier} plans`, `write the tier ${tier} plans`, () =>
        generatePlansForTier(port, currentBook(), tier, asOf, onProgress)
      ),
  };
}
