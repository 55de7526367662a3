import { makeStyles, tokens } from "@fluentui/react-components";
import type { TodayItem } from "../../../core/today/today";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  detail: { margin: 0, overflowWrap: "anywhere" },
  label: { color: tokens.colorNeutralForeground3 },
});

/**
 * A household's call, on the lead member's card: each member's own reasons, what to ask them
 * about and their last notes, so one call covers the family. Nothing for a client called alone.
 */
export function HouseholdMembers({ item }: { readonly item: TodayItem }) {
  const styles = useStyles();
  if (item.household === null) return null;
  return (
    <ul className={styles.list} aria-label={`Members of ${item.household.heading.split(":")[0]}`}>
      {item.household.members.map((member) => (
        <li key={member.client.id} className={styles.detail}>
          <span className={styles.label}>{member.client.name}: </span>
          {[
            member.why.join("; "),
            member.client.record.followUp && `ask about: ${member.client.record.followUp}`,
            member.lastNotes,
            ...member.introductions,
          ]
            .filter(Boolean)
            .join(" · ") || "nothing due of their own"}
        </li>
      ))}
    </ul>
  );
}

/** The client's introductions of the last twelve months, one line each. */
export function IntroductionLines({ item }: { readonly item: TodayItem }) {
  const styles = useStyles();
  return item.introductions.map((line) => (
    <p key={line} className={styles.detail}>
      <span className={styles.label}>Introductions: </span>
      {line}
    </p>
  ));
}
