import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { TodayList } from "../../../core/today/today";
import { ItemList, type ItemActions } from "./ItemList";

const useStyles = makeStyles({
  owner: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
});

function OwnerList({ list, ...actions }: ItemActions & { readonly list: TodayList }) {
  const styles = useStyles();
  const id = useId();
  const owner = list.owner === "" ? "No owner" : list.owner;
  const calls = list.calls.length === 1 ? "1 call" : `${list.calls.length} calls`;
  const waiting = list.waiting.length > 0 ? `, ${list.waiting.length} waiting` : "";
  return (
    <section aria-labelledby={id} className={styles.owner}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {owner}: {calls}
        {waiting}
      </Subtitle2>
      <ItemList
        items={list.calls}
        label={`${owner}'s calls`}
        empty="Nothing due."
        level={4}
        {...actions}
      />
    </section>
  );
}

/** Each team member's list, in the core's order. */
export function TeamLists({
  lists,
  ...actions
}: ItemActions & { readonly lists: readonly TodayList[] }) {
  const styles = useStyles();
  if (lists.length === 0)
    return (
      <Body1 as="p" className={styles.empty}>
        Nothing due for the team today.
      </Body1>
    );
  return (
    <>
      {lists.map((list) => (
        <OwnerList key={list.owner} list={list} {...actions} />
      ))}
    </>
  );
}
