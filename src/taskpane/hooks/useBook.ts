/**
 * The pane's connection to the workbook: the state (useBookState) with the actions over it
 * (bookActions), as one object for the screens.
 */
import { useMemo } from "react";
import type { DaySerial } from "../../core/dates/serial";
import type { WorkbookPort } from "../../workbook/workbookPort";
import { bookActions, type BookActions } from "./bookActions";
import { useBookState, type BookStatus } from "./useBookState";

export interface UseBook extends BookActions, BookStatus {}

export function useBook(port: WorkbookPort, today: () => DaySerial): UseBook {
  const { run, ...status } = useBookState(port);
  // Built once per port and clock, so listTables can sit in an effect's dependencies.
  const actions = useMemo(() => bookActions(port, today, run), [port, today, run]);
  return { ...status, ...actions };
}
