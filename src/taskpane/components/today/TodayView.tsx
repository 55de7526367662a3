import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { ContactDraft } from "../../../app/contactActions";
import type { LoadedBook } from "../../../app/loadBook";
import type { BookClient } from "../../../core/book/clientBook";
import { contactedOn } from "../../../core/book/contactLog";
import type { DaySerial } from "../../../core/dates/serial";
import { buildToday, type TodayItem } from "../../../core/today/today";
import { useItemActions } from "../../hooks/useItemActions";
import type { Problem } from "../../problem";
import { TodaySection } from "../common/TodaySection";
import { LogContactDialog } from "../dialogs/LogContactDialog";
import { PlanCalendarDialog } from "../dialogs/PlanCalendarDialog";
import { SnoozeDialog } from "../dialogs/SnoozeDialog";
import { AsOfPicker } from "./AsOfPicker";
import { HourTimer } from "./HourTimer";
import { ItemList } from "./ItemList";
import { MyCalls } from "./MyCalls";
import { TeamLists } from "./TeamLists";

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
  const targets = useItemActions({ book, asOf, today, busy, contactedToday, onPlan });
  const { actions } = targets;
  // Who made the contact: me, or (when the settings name nobody) the client's owner.
  const who = (item: TodayItem) => view.me || item.client.owner;

  return (
    <div className={styles.root}>
      <AsOfPicker asOf={asOf} today={today} onChange={onAsOfChange} />
      {targets.planned !== null && (
        <Body1 as="p" role="status">
          {targets.planned}
        </Body1>
      )}
      <HourTimer
        plannedCalls={view.mine.calls.length}
        plannedMinutes={view.mine.plannedMinutes}
        capacityMinutes={view.mine.capacityMinutes}
        doneToday={contactedToday.size}
      />
      <MyCalls me={view.me} mine={view.mine} {...actions("call")} />
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
        target={targets.logTarget}
        today={today}
        minutesPerCall={book.settings.minutesPerCall}
        onSubmit={(target, draft) => onLog(target.item.client, { ...draft, who: who(target.item) })}
        onClose={targets.closeLog}
      />
      <PlanCalendarDialog target={targets.calendar} onClose={targets.closeCalendar} />
      <SnoozeDialog
        item={targets.snoozeItem}
        asOf={asOf}
        onSubmit={(item, until) => onSnooze(item.client, until, who(item))}
        onClose={targets.closeSnooze}
      />
    </div>
  );
}
