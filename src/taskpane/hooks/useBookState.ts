/**
 * The pane's state of the workbook: the book as last read, what is being done now and the last
 * failure, with the runners every action goes through (busy meanwhile, failures kept or
 * returned). The actions themselves are in bookActions.ts.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  loadBook,
  type LoadedBook,
  type LoadOptions,
  type NoClientTable,
} from "../../app/loadBook";
import { dateOrderOfLocale } from "../../core/dates/dateOrder";
import type { WorkbookPort, WriteResult } from "../../workbook/workbookPort";
import { problemFrom, refusal, type Problem } from "../problem";

export type BookState =
  | { readonly kind: "loading" }
  | { readonly kind: "no-table"; readonly activeSheet: NoClientTable["activeSheet"] }
  | { readonly kind: "loaded"; readonly book: LoadedBook }
  | { readonly kind: "failed"; readonly problem: Problem };

/** Stable for a port: safe in effects' dependencies. */
export interface BookRunner {
  /** Reads the book again (the pinned table, if any) and shows it. */
  load(): Promise<void>;
  /** A table the user picked, read instead of the saved one until its mapping is saved. */
  pinTable(name: string | undefined): void;
  /** The state now, also from inside an action begun in an earlier render. */
  current(): BookState;
  /** The loaded book; throws (shown as a problem) when there is none. */
  currentBook(): LoadedBook;
  /** Runs one set-up action: busy meanwhile, a failure kept in `problem`; false when it failed. */
  task(label: string, doing: string, work: () => Promise<Problem | null | void>): Promise<boolean>;
  /** A set-up action that makes something (a sheet): what it made, or null when it failed. */
  produce<T>(label: string, doing: string, work: () => Promise<T>): Promise<T | null>;
  /** Writes to the log: shows the book it returns; resolves to the failure, not kept. */
  write(
    label: string,
    doing: string,
    work: (book: LoadedBook) => Promise<{ result: WriteResult; book: LoadedBook }>
  ): Promise<Problem | null>;
  dismissProblem(): void;
}

export interface BookStatus {
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

export function useBookState(port: WorkbookPort): BookStatus & { readonly run: BookRunner } {
  const [state, setState] = useState<BookState>({ kind: "loading" });
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const pinnedTable = useRef<string | undefined>(undefined);

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

  const load = useCallback(async () => {
    setState(stateOf(await loadBook(port, pinnedTable.current, readOptions())));
  }, [port]);

  const run = useMemo((): BookRunner => {
    const currentBook = (): LoadedBook => {
      const current = stateRef.current;
      if (current.kind !== "loaded")
        throw new Error("The client table is not loaded yet; choose Refresh");
      return current.book;
    };
    const task: BookRunner["task"] = async (label, doing, work) => {
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
    };
    return {
      load,
      pinTable: (name) => {
        pinnedTable.current = name;
      },
      current: () => stateRef.current,
      currentBook,
      task,
      produce: async <T>(label: string, doing: string, work: () => Promise<T>) => {
        let made: T | null = null;
        const done = await task(label, doing, async () => {
          made = await work();
        });
        return done ? made : null;
      },
      write: async (label, doing, work) => {
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
      dismissProblem: () => setProblem(null),
    };
  }, [load]);

  return { state, busy, problem, run };
}
