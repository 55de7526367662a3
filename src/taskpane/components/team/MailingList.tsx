import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { MailingChannel } from "../../../core/book/tierResponsibility";
import { mailingCsv, recipientName, type Mailing } from "../../../core/today/mailing";
import { copyText } from "../../clipboard";
import { TodaySection } from "../common/TodaySection";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  text: { margin: 0 },
});

interface Props {
  readonly mailing: Mailing;
  readonly busy: boolean;
  readonly onLogSent: (channel: MailingChannel, count: number) => void;
  readonly say: (message: string) => void;
}

/**
 * The non-personal tiers' batch: who is due for this channel, the list for a mail merge (copied as
 * CSV: ID, name, e-mail, address…), and one click that logs it as sent for all of them.
 */
export function MailingList({ mailing, busy, onLogSent, say }: Props) {
  const styles = useStyles();
  const count = mailing.recipients.length;
  const names = mailing.recipients.slice(0, 5).map(recipientName);
  const more = count > names.length ? `, and ${count - names.length} more` : "";
  return (
    <TodaySection
      title={`Due for the ${mailing.channel}`}
      note="Tiers contacted by mailing, not by calls (Rotation Settings: Channel)."
    >
      <Body1 as="p" className={styles.text}>
        {count === 0 ? "Nobody is due." : `${count} due: ${names.join(", ")}${more}.`}
      </Body1>
      {count > 0 && (
        <div className={styles.row}>
          <Button
            onClick={() =>
              void copyText(mailingCsv(mailing)).then((copied) =>
                say(
                  copied
                    ? `Copied the ${mailing.channel} list (${count} rows, CSV) for a mail merge.`
                    : "The list could not be copied here; use relationship-hour mailing --csv."
                )
              )
            }
          >
            Copy the list for a mail merge
          </Button>
          <Button disabled={busy} onClick={() => onLogSent(mailing.channel, count)}>
            Log as sent to all {count}
          </Button>
        </div>
      )}
    </TodaySection>
  );
}
