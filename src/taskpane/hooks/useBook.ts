/**
 * The pane's connection to the workbook: the book as last read, what is being done now, and the
 * actions. Every action goes through src/app; logging and snoozing take the updated book those
 * return, so the pane changes at once without reading the workbook again.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { logContact, snooze, type ContactDraft } from "../../app/contactActions";
import {
  loadBook,
  type LoadedBook,
  type LoadOptions,
  type NoClientTable,
} from "../../app/loadBook";
import { dateOrderOfLocale } from "../../core/dates/dateOrder";
import { createTimeBudget } from "../../app/budgetActions";
import { refreshCoverage } from "../../app/coverageActions";
import { createTimeJournal } from "../../app/journalActions";
import { generatePlan, generatePlansForTier } from "../../app/planActions";
import { generateTwelveDays } from "../../app/reviewActions";
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
import type { TableInfo, WorkbookPort, WriteResult } from "../../workbook/workbookPort";
import { problemFrom, refusal, type Problem } from "../problem";

export type BookState =
  | { readonly kind: "loading" }
  | { readonly kind: "no-table"; readonly activeSheet: NoClientTable["activeSheet"] }
  | { readonly kind: "loaded"; readonly book: LoadedBook }
  | { readonly kind: "failed"; readonly problem: Problem };

export interface BookActions {
  /** The set-up actions resolve to true when done; a failure is in `problem`. */
  refresh(): Promise<boolean>;
  /** Reads another table as the client list (its mapping is guessed until saved). */
  chooseTable(name: string): Promise<boolean>;
  listTables(): Promise<TableInfo[]>;
  /** Resolves to null when logged, else to what went wrong (shown where the user is). */
  log(client: BookClient, draft: ContactDraft): Promise<Problem | null>;
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
  twelveDays(start: DaySerial): Promise<string | null>;
  /** The Time Budget sheet (written once; it recalculates by itself); whether it was new, or null. */
  timeBudget(): Promise<{ sheet: string; created: boolean } | null>;
  /** The Time Journal sheet (written once); whether it was new, or null. */
  timeJournal(): Promise<{ sheet: string; created: boolean } | null>;
  /** Writes the Coverage dashboard as of a day; its sheet's name, or null. */
  coverage(asOf: DaySerial): Promise<string | null>;
  dismissProblem(): void;
}

export interface UseBook extends BookActions {
  readonly state: BookState;
  /** What the pane is doing now, in words ("Reading the workbook"), or null. */
  readonly busy: string | null;
  /** The last action's failure, shown above everything until dismissed. */
  readonly problem: Problem | null;
}

function stateOf(loaded: LoadedBook | NoClientTable): BookState {
  return loaded.state === "loaded"
    ? { kind: "loaded", book: loaded }
    : { kind: "no-table", activeSheet: loaded.activeSheet };
}

/**
 * Text dates like 3/4/2025 are read in the order of the user's language where neither the
 * column's data nor the Rotation Settings sheet decides it.
 */
function readOptions(): LoadOptions {
  const language = typeof navigator === "undefined" ? "en-US" : navigator.language;
  return { localeDateOrder: dateOrderOfLocale(language) };
}

export function useBook(port: WorkbookPort, today: () => DaySerial): UseBook {
  const [state, setState] = useState<BookState>({ kind: "loading" });
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  /** A table the user picked, read instead of the saved one until its mapping is saved. */
  const pinnedTable = useRef<string | undefined>(undefined);

  const load = useCallback(async () => {
    setState(stateOf(await loadBook(port, pinnedTable.current, readOptions())));
  }, [port]);

  /** Runs one set-up action: busy meanwhile, a failure kept in `problem`; false when it failed. */
  const task = useCallback(
    async (
      label: string,
      doing: string,
      work: () => Promise<Problem | null | void>
    ): Promise<boolean> => {
      setBusy(label);
      setProblem(null);
      try {
        const refused = await work();
        if (refused) setProblem(refused);
        return !refused;
      } catch (error) {
        setProblem(problemFrom(error, doing));
        return false;
      } finally {
        setBusy(null);
      }
    },
    []
  );

  /** A set-up action that makes something (a sheet): what it made, or null when it failed. */
  const produce = useCallback(
    async <T>(label: string, doing: string, work: () => Promise<T>): Promise<T | null> => {
      let made: T | null = null;
      const done = await task(label, doing, async () => {
        made = await work();
      });
      return done ? made : null;
    },
    [task]
  );

  useEffect(() => {
    let live = true;
    loadBook(port, undefined, readOptions()).then(
      (loaded) => live && setState(stateOf(loaded)),
      (error: unknown) =>
        live && setState({ kind: "failed", problem: problemFrom(error, "read the workbook") })
    );
    return () => {
      live = false;
    };
  }, [port]);

  const currentBook = (): LoadedBook => {
    const current = stateRef.current;
    if (current.kind !== "loaded")
      throw new Error("The client table is not loaded yet; choose Refresh");
    return current.book;
  };

  const write = useCallback(
    async (
      label: string,
      doing: string,
      work: (book: LoadedBook) => Promise<{ result: WriteResult; book: LoadedBook }>
    ): Promise<Problem | null> => {
      setBusy(label);
      try {
        const { result, book } = await work(currentBook());
        if (!result.ok) return refusal(result.message, doing);
        setState({ kind: "loaded", book });
        return null;
      } catch (error) {
        return problemFrom(error, doing);
      } finally {
        setBusy(null);
      }
    },
    []
  );

  const refresh = useCallback(
    () => task("Reading the workbook", "read the workbook", load),
    [task, load]
  );

  const listTables = useCallback(() => port.listTables(), [port]);

  return {
    state,
    busy,
    problem,
    dismissProblem: () => setProblem(null),
    refresh,
    chooseTable: (name) =>
      task("Reading the table", `read the table ${name}`, async () => {
        pinnedTable.current = name;
        await load();
      }),
    listTables,
    log: (client, draft) =>
      write("Saving the contact", "log the contact", (book) =>
        logContact(port, book, client, draft)
      ),
    snooze: (client, until, who) =>
      write("Snoozing", "snooze the client", (book) =>
        snooze(port, book, client, until, today(), who)
      ),
    insertSample: () =>
      task("Inserting the sample client list", "insert the sample client list", async () => {
        await insertSample(port, today());
        pinnedTable.current = undefined;
        await load();
      }),
    makeTable: () =>
      task("Making a table", "make a table from the sheet", async () => {
        const current = stateRef.current;
        if (current.kind !== "no-table" || current.activeSheet === null)
          return refusal("There is no sheet to make a table from.", "make a table");
        await makeTable(port, current.activeSheet.sheet, current.activeSheet.address);
        await load();
      }),
    saveMapping: (mapping) =>
      task("Saving the columns", "save the columns", async () => {
        await confirmMapping(port, currentBook().table.name, mapping);
        pinnedTable.current = undefined;
        await load();
      }),
    addClientIds: (mapping) =>
      task("Adding client IDs", "add client IDs", async () => {
        const result = await addClientIds(port, { ...currentBook(), mapping });
        if (!result.ok) return refusal(result.message, "add client IDs");
        pinnedTable.current = undefined;
        await load();
      }),
    createSettingsSheet: (settings) =>
      task("Creating the settings sheet", "create the Rotation Settings sheet", async () => {
        await createSettingsSheet(port, settings);
        await load();
      }),
    twelveDays: (start) =>
      produce("Writing the twelve days", "write the Twelve Days sheet", () =>
        generateTwelveDays(port, currentBook(), start)
      ),
    timeBudget: () =>
      produce("Writing the time budget", "write the Time Budget sheet", () =>
        createTimeBudget(port, currentBook())
      ),
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
