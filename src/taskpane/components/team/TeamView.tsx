import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { TodayView as TodayLists } from "../../../core/today/today";
import type { ItemTargets } from "../../hooks/useItemActions";
import { TodaySection } from "../common/TodaySection";
import { TeamLists } from "../today/TeamLists";

const useStyles = makeStyles({ note: { margin: 0, color: tokens.colorNeutralForeground3 } });

/** The team's lists; without my name in the settings everyone's calls are already "mine". */
export function TeamView({
  view,
  actions,
}: {
  readonly view: TodayLists;
  readonly actions: ItemTargets["actions"];
}) {
  const styles = useStyles();
  if (view.me === "")
    return (
      <Body1 as="p" className={styles.note}>
        Put your name on the Rotation Settings sheet (Settings tab) to see your own calls on Today
        and each team member&apos;s list here.
      </Body1>
    );
  return (
    <TodaySection title="Team rotation" note="Each team member's list for the B and C rotation.">
      <TeamLists lists={view.team} {...actions("call")} />
    </TodaySection>
  );
}
