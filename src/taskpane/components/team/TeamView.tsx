import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { MailingChannel } from "../../../core/book/tierResponsibility";
import type { TodayView as TodayLists } from "../../../core/today/today";
import type { ItemTargets } from "../../hooks/useItemActions";
import { TodaySection } from "../common/TodaySection";
import { TeamLists } from "../today/TeamLists";
import { MailingList } from "./MailingList";

const useStyles = makeStyles({ note: { margin: 0, color: tokens.colorNeutralForeground3 } });

interface Props {
  readonly view: TodayLists;
  readonly actions: ItemTargets["actions"];
  readonly busy: boolean;
  readonly onLogMailing: (channel: MailingChannel, count: number) => void;
  readonly say: (message: string) => void;
}

/**
 * The team's lists and the mailings; without my name in the settings everyone's calls are
 * already "mine".
 */
export function TeamView({ view, actions, busy, onLogMailing, say }: Props) {
  const styles = useStyles();
  const mailings = view.mailings.map((mailing) => (
    <MailingList
      key={mailing.channel}
      mailing={mailing}
      busy={busy}
      onLogSent={onLogMailing}
      say={say}
    />
  ));
  if (view.me === "")
    return (
      <>
        <Body1 as="p" className={styles.note}>
          Put your name on the Rotation Settings sheet (Settings tab) to see your own calls on Today
          and each team member&apos;s list here.
        </Body1>
        {mailings}
      </>
    );
  return (
    <>
      <TodaySection
        title="Team rotation"
        note="Each responsible person's calls, cards and welcomes."
      >
        <TeamLists lists={view.team} {...actions("call")} />
      </TodaySection>
      {mailings}
    </>
  );
}
