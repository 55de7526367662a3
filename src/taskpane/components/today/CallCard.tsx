import {
  Badge,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { TodayItem } from "../../../core/today/today";
import { CallCardActions, type CallCardActionsProps } from "./CallCardActions";
import { ContactLinks } from "./ContactLinks";
import { HouseholdMembers, IntroductionLines } from "./HouseholdMembers";
import { UrgencyLabel, useUrgencyEdgeStyles } from "./UrgencyLabel";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: "solid",
    boxShadow: tokens.shadow2,
    // The band colours the edge; the card itself stays on the theme's background.
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  name: { margin: 0, overflowWrap: "anywhere" },
  why: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  detail: { margin: 0, overflowWrap: "anywhere" },
  label: { color: tokens.colorNeutralForeground3 },
});

interface Props extends CallCardActionsProps {
  /** Logged proactively today, yet still listed (a birthday still ahead, say). */
  readonly contactedToday: boolean;
  readonly showOwner?: boolean;
  /** The heading level of the client's name: 3 under a section, 4 under an owner's list. */
  readonly level?: 3 | 4;
}

/** One client on today's list: who, why, what to ask about, how to reach them, and the actions. */
export function CallCard({
  item,
  contactedToday,
  showOwner = false,
  level = 3,
  busy,
  onLog,
  onSnooze,
  onPlan,
  onCalendar,
}: Props) {
  const styles = useStyles();
  const bands = useUrgencyEdgeStyles();
  const nameId = useId();
  const { client, policy } = item;
  const { record } = client;
  return (
    <article aria-labelledby={nameId} className={mergeClasses(styles.card, bands[item.urgency])}>
      <div className={styles.header}>
        <Subtitle2 as={level === 3 ? "h3" : "h4"} id={nameId} className={styles.name}>
          {item.household?.heading ?? client.name}
        </Subtitle2>
        {client.tier !== null && (
          <Badge appearance="tint" color="informative">{`Tier ${client.tier}`}</Badge>
        )}
        <UrgencyLabel urgency={item.urgency} />
        {contactedToday && (
          <Badge appearance="tint" color="success">
            Contacted today
          </Badge>
        )}
      </div>
      <ul className={styles.why} aria-label={`Why ${client.name} is on the list`}>
        {item.why.map((why) => (
          <li key={why}>{why}</li>
        ))}
      </ul>
      <HouseholdMembers item={item} />
      <IntroductionLines item={item} />
      <p className={styles.detail}>
        <span className={styles.label}>Last proactive contact: </span>
        {item.lastContact}
      </p>
      {record.followUp !== "" && item.household === null && (
        <p className={styles.detail}>
          <span className={styles.label}>Ask about: </span>
          {record.followUp}
        </p>
      )}
      {profileText(record.profile) !== "" && (
        <p className={styles.detail}>
          <span className={styles.label}>Knows: </span>
          {profileText(record.profile)}
        </p>
      )}
      {item.tries !== "" && (
        <p className={styles.detail}>
          <span className={styles.label}>Tried: </span>
          {item.tries}
        </p>
      )}
      {item.lastNotes !== "" && !saidInbound(item) && (
        <p className={styles.detail}>
          <span className={styles.label}>Last notes: </span>
          {item.lastNotes}
        </p>
      )}
      {item.inbound.map((i) => (
        <p key={`${i.on}:${i.notes}`} className={styles.detail}>
          <span className={styles.label}>They called {i.on}: </span>
          {[i.notes, i.followUp && `follow up: ${i.followUp}`].filter(Boolean).join(" — ")}
        </p>
      ))}
      {(policy !== null || showOwner) && (
        <Caption1 as="p" className={styles.detail}>
          {[
            policy && `${policy.channel} (${policy.responsible.toLowerCase()})`,
            showOwner && client.owner !== "" && `Owner: ${client.owner}`,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Caption1>
      )}
      <ContactLinks name={client.name} phone={record.phone} email={record.email} />
      <CallCardActions
        item={item}
        busy={busy}
        onLog={onLog}
        onSnooze={onSnooze}
        onPlan={onPlan}
        onCalendar={onCalendar}
      />
    </article>
  );
}

/** The last notes are an inbound call's, shown with it already: not said twice. */
function saidInbound(item: TodayItem): boolean {
  return item.inbound.some((i) => item.lastNotes === `${i.on}: ${i.notes}`);
}

/** What was learned about family, occupation and interests (FORM), as one line for the call. */
function profileText(profile: TodayItem["client"]["record"]["profile"]): string {
  return [
    profile.family && `family: ${profile.family}`,
    profile.occupation && `work: ${profile.occupation}`,
    profile.interests && `interests: ${profile.interests}`,
  ]
    .filter(Boolean)
    .join(" · ");
}
