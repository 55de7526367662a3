/**
 * What the buttons on today's cards open: the log and snooze dialogs' targets, the plan calendar
 * dialog's file; a plan written is said on the pane's status line.
 */
import { useState } from "react";
import { planCalendarFile } from "../../app/calendarActions";
import type { LoadedBook } from "../../app/loadBook";
import type { BookClient } from "../../core/book/clientBook";
import type { DaySerial } from "../../core/dates/serial";
import type { TodayItem } from "../../core/today/today";
import type { ItemActions } from "../components/today/ItemList";
import type { LogTarget } from "../components/dialogs/LogContactDialog";
import type { PlanCalendarTarget } from "../components/dialogs/PlanCalendarDialog";

export interface ItemTargets {
  readonly logTarget: LogTarget | null;
  readonly snoozeItem: TodayItem | null;
  readonly calendar: PlanCalendarTarget | null;
  /** The cards' actions; a card's Log contact starts on `channel`. */
  readonly actions: (channel: "call" | "card") => ItemActions;
  readonly closeLog: () => void;
  readonly closeSnooze: () => void;
  readonly closeCalendar: () => void;
}

interface Options {
  readonly book: LoadedBook;
  readonly asOf: DaySerial;
  readonly today: DaySerial;
  readonly busy: boolean;
  readonly contactedToday: ReadonlySet<string>;
  /** Writes the client's plan sheet; resolves to the sheet's name, or null when it failed. */
  readonly onPlan: (client: BookClient) => Promise<string | null>;
  readonly say: (message: string, sheet?: string) => void;
}

export function useItemActions({
  book,
  asOf,
  today,
  busy,
  contactedToday,
  onPlan,
  say,
}: Options): ItemTargets {
  const [logTarget, setLogTarget] = useState<LogTarget | null>(null);
  const [snoozeItem, setSnoozeItem] = useState<TodayItem | null>(null);
  const [calendar, setCalendar] = useState<PlanCalendarTarget | null>(null);

  const actions = (channel: "call" | "card"): ItemActions => ({
    busy,
    contactedToday,
    onLog: (item) => setLogTarget({ item, channel }),
    onSnooze: setSnoozeItem,
    onPlan: (item) =>
      void onPlan(item.client).then(
        (sheet) =>
          sheet !== null && say(`${item.client.name}'s plan is on the sheet "${sheet}".`, sheet)
      ),
    // The same schedule as the plan sheet written as of the same day; made on today's date.
    onCalendar: (item) =>
      setCalendar({
        clientName: item.client.name,
        calendar: planCalendarFile(book, item.client, asOf, today),
      }),
  });

  return {
    logTarget,
    snoozeItem,
    calendar,
    actions,
    closeLog: () => setLogTarget(null),
    closeSnooze: () => setSnoozeItem(null),
    closeCalendar: () => setCalendar(null),
  };
}
