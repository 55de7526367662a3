import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { planCalendarFile } from "../../app/calendarActions";
import type { ContactDraft } from "../../app/contactActions";
import type { LoadedBook } from "../../app/loadBook";
import type { BookClient } from "../../core/book/clientBook";
import type { DaySerial } from "../../core/dates/serial";
import { buildToday, type TodayItem } from "../../core/today/today";
import { plural } from "../../core/today/plural";
import { contactedOn } from "../../core/book/contactLog";
import type { Problem } from "../problem";
import { AsOfPicker } from "./AsOfPicker";
import { HourTimer } from "./HourTimer";
import { ItemList, type ItemActions } from "./ItemList";
import { LogContactDialog, type LogTarget } from "./LogContactDialog";
import { PlanCalendarDialog, type PlanCalendarTarget } from "./PlanCalendarDialog";
import { SnoozeDialog } from "./SnoozeDialog";
import { TeamLists } from "./TeamLists";
import { TodaySection } from "./TodaySection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

interface Props {
  readonly book: LoadedBook;
  readonly asOf: DaySerial;
  readonly today: DaySerial;
  readonly busy: boolean;
  readonly onAsOfChange: (asOf: DaySerial) => void;
  readonly onLog: (client: BookClient, draft: ContactDraft) => Promise<Problem | null>;
  readonly onSnooze: (client: BookClient, until: DaySerial, who: string) => Promise<Problem | null>;
  /** Writes the client's plan sheet; resolves to the sheet's name, or null when it failed. */
  readonly onPlan: (client: BookClient) => Promise<string | null>;
}

/** Today's relationship hour, exactly as the core builds it: my calls, cards, welcomes, the team. */
export function TodayView({
  book,
  asOf,
  today,
  busy,
  onAsOfChange,
  onLog,
  onSnooze,
  onPlan,
}: Props) {
  const styles = useStyles();
  const view = useMemo(() => buildToday(book.clients, book.settings, asOf), [book, asOf]);
  const contactedToday = useMemo(
    () => contactedOn(book.log, today, book.settings.me),
    [book, today]
  );
  const [logTarget, setLogTarget] = useState<LogTarget | null>(null);
  const [snoozeItem, setSnoozeItem] = useState<TodayItem | null>(null);
  const [showWaiting, setShowWaiting] = useState(false);
  const [planned, setPlanned] = useState<string | null>(null);
  const [calendar, setCalendar] = useState<PlanCalendarTarget | null>(null);
  // Who made the contact: me, or (when the settings name nobody) the client's owner.
  const who = (item: TodayItem) => view.me || item.client.owner;

  const actions = (channel: "call" | "card"): ItemActions => ({
    busy,
    contactedToday,
    onLog: (item) => setLogTarget({ item, channel }),
    onSnooze: setSnoozeItem,
    onPlan: (item) => {
      setPlanned(null);
      void onPlan(item.client).then(
        (sheet) =>
          sheet !== null && setPlanned(`${item.client.name}'s plan is on the sheet "${sheet}".`)
      );
    },
    // The same schedule as the plan sheet written as of the same day; made on today's date.
    onCalendar: (item) =>
      setCalendar({
        clientName: item.client.name,
        calendar: planCalendarFile(book, item.client, asOf, today),
      }),
  });
  const mine = view.mine;

  return (
    <div className={styles.root}>
      <AsOfPicker asOf={asOf} today={today} onChange={onAsOfChange} />
      {planned !== null && (
        <Body1 as="p" role="status">
          {planned}
        </Body1>
      )}
      <HourTimer
        plannedCalls={mine.calls.length}
        plannedMinutes={mine.plannedMinutes}
        capacityMinutes={mine.capacityMinutes}
        doneToday={contactedToday.size}
      />
      <TodaySection
        title="My calls"
        note={
          view.me === ""
            ? "Everyone's clients in one hour: put your name in the Rotation Settings sheet to see only yours."
            : `${view.me}'s clients, most important first: ${plural(mine.calls.length, "call")}, ${mine.plannedMinutes} of ${mine.capacityMinutes} minutes.`
        }
      >
        <ItemList
          items={mine.calls}
          label="My calls"
          empty="Nothing due today: every client is within their cadence."
          {...actions("call")}
        />
        {mine.waiting.length > 0 && (
          <Button
            appearance="subtle"
            aria-expanded={showWaiting}
            onClick={() => setShowWaiting(!showWaiting)}
          >
            {showWaiting ? "Hide" : "Show"} {plural(mine.waiting.length, "more call")} waiting
            beyond the hour
          </Button>
        )}
        {showWaiting && (
          <ItemList
            items={mine.waiting}
            label="Waiting beyond the hour"
            empty=""
            {...actions("call")}
          />
        )}
      </TodaySection>
      <TodaySection
        title="Cards to send"
        note="Birthdays and client anniversaries in the next 7 days."
      >
        <ItemList
          items={view.cards}
          label="Cards to send"
          empty="No birthdays or client anniversaries in the next 7 days."
          showOwner
          {...actions("card")}
        />
      </TodaySection>
      <TodaySection title="Welcome calls" note="New clients never contacted.">
        <ItemList
          items={view.welcomes}
          label="Welcome calls"
          empty="No new clients waiting for a welcome call."
          showOwner
          {...actions("call")}
        />
      </TodaySection>
      {view.me !== "" && (
        <TodaySection
          title="Team rotation"
          note="Each team member's list for the B and C rotation."
        >
          <TeamLists lists={view.team} {...actions("call")} />
        </TodaySection>
      )}
      <LogContactDialog
        target={logTarget}
        today={today}
        minutesPerCall={book.settings.minutesPerCall}
        onSubmit={(target, draft) => onLog(target.item.client, { ...draft, who: who(target.item) })}
        onClose={() => setLogTarget(null)}
      />
      <PlanCalendarDialog target={calendar} onClose={() => setCalendar(null)} />
      <SnoozeDialog
        item={snoozeItem}
        asOf={asOf}
        onSubmit={(item, until) => onSnooze(item.client, until, who(item))}
        onClose={() => setSnoozeItem(null)}
      />
    </div>
  );
}
