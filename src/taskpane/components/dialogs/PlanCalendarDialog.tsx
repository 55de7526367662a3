import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { PlanCalendar } from "../../../app/calendarActions";
import type { Outcome } from "../../../core/cells/outcome";
import { formatIsoDate } from "../../../core/dates/serial";
import { CalendarFileActions } from "./CalendarFileActions";
import { useDialogStyles } from "./dialogStyles";

const useStyles = makeStyles({
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface PlanCalendarTarget {
  readonly clientName: string;
  readonly calendar: Outcome<PlanCalendar>;
}

interface Props {
  readonly target: PlanCalendarTarget | null;
  readonly onClose: () => void;
}

/** A client's planned contacts for the next twelve months, shown, then handed over as a file. */
export function PlanCalendarDialog({ target, onClose }: Props) {
  // The last target stays on the surface while the dialog animates closed.
  const last = useRef(target);
  if (target !== null) last.current = target;
  const shown = target ?? last.current;
  return (
    <Dialog open={target !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        {shown !== null && <PlanCalendarBody target={shown} onClose={onClose} />}
      </DialogSurface>
    </Dialog>
  );
}

function PlanCalendarBody({
  target: { clientName, calendar },
  onClose,
}: Props & { readonly target: PlanCalendarTarget }) {
  const dialog = useDialogStyles();
  const styles = useStyles();
  const count = calendar.ok ? calendar.value.schedule.length : 0;
  return (
    <DialogBody>
      <DialogTitle>{clientName}&apos;s contacts in your calendar</DialogTitle>
      <DialogContent className={dialog.content}>
        {calendar.ok ? (
          <>
            <Body1 as="p" className={styles.text}>
              {count === 1 ? "1 contact" : `${count} contacts`} over the next 12 months from the
              plan, each an all-day event on its day:
            </Body1>
            <ul className={styles.list} aria-label={`${clientName}'s planned contacts`}>
              {calendar.value.schedule.map((contact) => (
                <li key={contact.date}>
                  {formatIsoDate(contact.date)}: {contact.channel} ({contact.who})
                </li>
              ))}
            </ul>
            <CalendarFileActions file={calendar.value} />
          </>
        ) : (
          <Body1 as="p" role="alert" className={styles.text}>
            Nothing to put in a calendar: {calendar.problem.message}.
          </Body1>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </DialogBody>
  );
}
