import { makeStyles, tokens } from "@fluentui/react-components";
import type { DaySerial } from "../../../core/dates/serial";
import type { TodayView as TodayLists } from "../../../core/today/today";
import type { ItemTargets } from "../../hooks/useItemActions";
import { TodaySection } from "../common/TodaySection";
import { AsOfPicker } from "./AsOfPicker";
import { HourTimer } from "./HourTimer";
import { ItemList } from "./ItemList";
import { MyCalls } from "./MyCalls";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

interface Props {
  readonly view: TodayLists;
  readonly asOf: DaySerial;
  readonly today: DaySerial;
  readonly doneToday: number;
  readonly actions: ItemTargets["actions"];
  readonly onAsOfChange: (asOf: DaySerial) => void;
}

/** Today's relationship hour, exactly as the core builds it: my calls, cards and welcomes. */
export function TodayView({ view, asOf, today, doneToday, actions, onAsOfChange }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <AsOfPicker asOf={asOf} today={today} onChange={onAsOfChange} />
      <HourTimer
        plannedCalls={view.mine.calls.length}
        plannedMinutes={view.mine.plannedMinutes}
        capacityMinutes={view.mine.capacityMinutes}
        doneToday={doneToday}
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
    </div>
  );
}
