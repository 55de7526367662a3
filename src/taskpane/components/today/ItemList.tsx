import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { TodayItem } from "../../../core/today/today";
import { CallCard } from "./CallCard";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export interface ItemActions {
  readonly busy: boolean;
  readonly contactedToday: ReadonlySet<string>;
  readonly onLog: (item: TodayItem) => void;
  readonly onSnooze: (item: TodayItem) => void;
  /** Writes (or refreshes) the client's relationship plan sheet. */
  readonly onPlan: (item: TodayItem) => void;
  /** Offers the client's planned contacts as a calendar file. */
  readonly onCalendar: (item: TodayItem) => void;
}

/** Longer lists show this many cards until asked for the rest: a practice's 78 cards stay quick. */
export const SHOWN_AT_FIRST = 10;

interface Props extends ItemActions {
  readonly items: readonly TodayItem[];
  readonly label: string;
  readonly empty: string;
  readonly showOwner?: boolean;
  readonly level?: 3 | 4;
  /** How many cards show before "Show all" (default SHOWN_AT_FIRST). */
  readonly limit?: number;
}

/** Items in the core's order (an ordered list: most important first). */
export function ItemList({
  items,
  label,
  empty,
  showOwner,
  level,
  limit = SHOWN_AT_FIRST,
  busy,
  contactedToday,
  onLog,
  onSnooze,
  onPlan,
  onCalendar,
}: Props) {
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  if (items.length === 0)
    return (
      <Body1 as="p" className={styles.empty}>
        {empty}
      </Body1>
    );
  const shown = showAll ? items : items.slice(0, limit);
  return (
    <>
      <ol className={styles.list} aria-label={label}>
        {shown.map((item) => (
          <li key={item.client.id}>
            <CallCard
              item={item}
              contactedToday={contactedToday.has(item.client.id)}
              showOwner={showOwner}
              level={level}
              busy={busy}
              onLog={onLog}
              onSnooze={onSnooze}
              onPlan={onPlan}
              onCalendar={onCalendar}
            />
          </li>
        ))}
      </ol>
      {items.length > limit && (
        <Button appearance="subtle" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${limit}` : `Show all ${items.length}`}
        </Button>
      )}
    </>
  );
}
