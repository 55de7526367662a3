/**
 * The pane once the client list is read: four tabs reachable without scrolling (Today, Team,
 * Plans — the plans and reviews —, Settings), one status line under them, and the dialogs the
 * cards open. Short words and small tabs: all four fit Office's narrowest pane (320 px).
 */
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { LoadedBook } from "../../app/loadBook";
import { contactedOn } from "../../core/book/contactLog";
import { formatIsoDate, type DaySerial } from "../../core/dates/serial";
import { upcomingTwelveDaysStart } from "../../core/reviews/twelveDays";
import { practicePeople } from "../../core/book/people";
import { buildToday, type TodayItem } from "../../core/today/today";
import type { UseBook } from "../hooks/useBook";
import { useItemActions } from "../hooks/useItemActions";
import { useStatus } from "../hooks/useStatus";
import { StatusLine } from "./common/StatusLine";
import { LogContactDialog } from "./dialogs/LogContactDialog";
import { PlanCalendarDialog } from "./dialogs/PlanCalendarDialog";
import { SnoozeDialog } from "./dialogs/SnoozeDialog";
import { PlansPanel } from "./plans/PlansPanel";
import { SetupPanel } from "./setup/SetupPanel";
import { TeamView } from "./team/TeamView";
import { TodayView } from "./today/TodayView";

const TABS = {
  today: "Today",
  team: "Team",
  plans: "Plans",
  settings: "Settings",
} as const;
type TabName = keyof typeof TABS;

const useStyles = makeStyles({
  // The tabs stay at the top while the lists scroll under them.
  tabs: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground2,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
  },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

interface Props {
  readonly book: LoadedBook;
  readonly actions: UseBook;
  readonly asOf: DaySerial;
  readonly today: DaySerial;
  readonly onAsOfChange: (asOf: DaySerial) => void;
  readonly onEditColumns: () => void;
}

export function LoadedPane({ book, actions, asOf, today, onAsOfChange, onEditColumns }: Props) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>("today");
  const { status, say, clear } = useStatus();
  const busy = actions.busy !== null;
  const view = useMemo(
    () => buildToday(book.clients, book.settings, asOf, book.introductions),
    [book, asOf]
  );
  const contactedToday = useMemo(
    () => contactedOn(book.log, today, book.settings.me),
    [book, today]
  );
  const targets = useItemActions({
    book,
    asOf,
    today,
    busy,
    contactedToday,
    onPlan: (client) => actions.plan(client, asOf),
    say,
  });
  // Who made the contact: me, or (when the settings name nobody) the client's owner.
  const who = (item: TodayItem) => view.me || item.client.owner;

  return (
    <>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabName)}
      >
        {(Object.keys(TABS) as TabName[]).map((name) => (
          <Tab key={name} value={name} id={`tab-${name}`}>
            {TABS[name]}
          </Tab>
        ))}
      </TabList>
      <StatusLine
        status={status}
        busy={busy}
        onGoTo={(sheet) => void actions.showSheet(sheet)}
        onDismiss={clear}
      />
      <div role="tabpanel" aria-labelledby={`tab-${tab}`} className={styles.panel}>
        {tab === "today" && (
          <TodayView
            view={view}
            asOf={asOf}
            today={today}
            doneToday={contactedToday.size}
            actions={targets.actions}
            onAsOfChange={onAsOfChange}
          />
        )}
        {tab === "team" && (
          <TeamView
            view={view}
            actions={targets.actions}
            busy={busy}
            onLogMailing={(channel, count) =>
              void actions.logMailing(channel, asOf, view.me).then((problem) => {
                if (problem === null) say(`Logged the ${channel} as sent to ${count} clients.`);
              })
            }
            say={say}
          />
        )}
        {tab === "plans" && (
          <PlansPanel
            book={book}
            busy={busy}
            say={say}
            onPlansForTier={(tier, onProgress) => actions.plansForTier(tier, asOf, onProgress)}
            twelveDaysStart={upcomingTwelveDaysStart(asOf)}
            onTwelveDays={(start, scope) => actions.twelveDays(start, scope)}
            onTimeBudget={actions.timeBudget}
            me={book.settings.me}
            people={practicePeople(
              book.clients.map((c) => c.owner),
              book.settings
            )}
            onCoverage={() => actions.coverage(asOf)}
            onTimeJournal={actions.timeJournal}
          />
        )}
        {tab === "settings" && (
          <SetupPanel
            book={book}
            busy={busy}
            today={today}
            onCreateSettings={(settings) => void actions.createSettingsSheet(settings)}
            onEditColumns={onEditColumns}
          />
        )}
      </div>
      <LogContactDialog
        target={targets.logTarget}
        today={today}
        minutesPerCall={book.settings.minutesPerCall}
        onSubmit={(target, draft, options) => {
          const { client } = target.item;
          const contact = { ...draft, who: who(target.item) };
          return actions.log(client, contact, options).then((problem) => {
            if (problem === null)
              say(`Saved: ${draft.channel} with ${client.name} (${draft.outcome}).`, undefined, {
                label: "Undo",
                run: () =>
                  void actions.undo(client).then((undone) => {
                    if (undone === null) say(`Took back the ${draft.channel} with ${client.name}.`);
                  }),
              });
            return problem;
          });
        }}
        onClose={targets.closeLog}
      />
      <PlanCalendarDialog target={targets.calendar} onClose={targets.closeCalendar} />
      <SnoozeDialog
        item={targets.snoozeItem}
        asOf={asOf}
        onSubmit={(item, until) =>
          actions.snooze(item.client, until, who(item)).then((problem) => {
            if (problem === null)
              say(`${item.client.name} is snoozed until ${formatIsoDate(until)}.`);
            return problem;
          })
        }
        onClose={targets.closeSnooze}
      />
    </>
  );
}
