import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { plural } from "../../../core/today/plural";
import type { TodayList } from "../../../core/today/today";
import { TodaySection } from "../common/TodaySection";
import { ItemList, type ItemActions } from "./ItemList";

interface Props extends ItemActions {
  /** My name from the settings, or "" for one list over the whole book. */
  readonly me: string;
  readonly mine: TodayList;
}

/** The calls that fit in my hour, and on request the ones waiting beyond it. */
export function MyCalls({ me, mine, ...actions }: Props) {
  const [showWaiting, setShowWaiting] = useState(false);
  return (
    <TodaySection
      title="My calls"
      note={
        me === ""
          ? "Everyone's clients in one hour: put your name in the Rotation Settings sheet to see only yours."
          : `${me}'s clients, most important first: ${plural(mine.calls.length, "call")}, ${mine.plannedMinutes} of ${mine.capacityMinutes} minutes.`
      }
    >
      <ItemList
        items={mine.calls}
        label="My calls"
        empty="Nothing due today: every client is within their cadence."
        {...actions}
      />
      {mine.waiting.length > 0 && (
        <Button
          appearance="subtle"
          aria-expanded={showWaiting}
          onClick={() => setShowWaiting(!showWaiting)}
        >
          {showWaiting ? "Hide" : "Show"} {plural(mine.waiting.length, "more call")} waiting beyond
          the hour
        </Button>
      )}
      {showWaiting && (
        <ItemList items={mine.waiting} label="Waiting beyond the hour" empty="" {...actions} />
      )}
    </TodaySection>
  );
}
