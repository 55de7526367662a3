import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Spinner,
} from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import { formatIsoDate, type DaySerial } from "../../core/dates/serial";
import { parseTextDate } from "../../core/dates/textDate";
import type { TodayItem } from "../../core/today/today";
import { useDelayedFlag } from "../hooks/useDelayedFlag";
import type { Problem } from "../problem";
import { useDialogStyles } from "./dialogStyles";
import { ErrorBar } from "./ErrorBar";

/** A week, the usual "not now". */
const DEFAULT_DAYS = 7;

interface Props {
  readonly item: TodayItem | null;
  /** The day the list is for: a snooze must end after it. */
  readonly asOf: DaySerial;
  readonly onSubmit: (item: TodayItem, until: DaySerial) => Promise<Problem | null>;
  readonly onClose: () => void;
}

/** Move a client off the list until a chosen day, without counting as a contact. */
export function SnoozeDialog({ item, onClose, ...rest }: Props) {
  // The last item stays on the surface while the dialog animates closed.
  const last = useRef(item);
  if (item !== null) last.current = item;
  const shown = item ?? last.current;
  return (
    <Dialog open={item !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        {shown !== null && (
          <SnoozeForm key={shown.client.id} item={shown} onClose={onClose} {...rest} />
        )}
      </DialogSurface>
    </Dialog>
  );
}

function SnoozeForm({ item, asOf, onSubmit, onClose }: Props & { readonly item: TodayItem }) {
  const styles = useDialogStyles();
  const [until, setUntil] = useState(formatIsoDate(asOf + DEFAULT_DAYS));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [touched, setTouched] = useState(false);
  const slow = useDelayedFlag(saving);
  const parsed = parseTextDate(until);
  const error = !parsed.ok
    ? "Choose a day (yyyy-mm-dd)."
    : parsed.value <= asOf
      ? `Choose a day after ${formatIsoDate(asOf)}.`
      : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!parsed.ok || error !== undefined) return;
    setSaving(true);
    setProblem(null);
    const failed = await onSubmit(item, parsed.value);
    setSaving(false);
    if (failed === null) onClose();
    else setProblem(failed);
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>Snooze {item.client.name}</DialogTitle>
        <DialogContent className={styles.content}>
          {problem && <ErrorBar problem={problem} />}
          <Body1 as="p">
            {item.client.name} leaves the list until that day. A snooze is not a contact: the
            rotation does not move on.
          </Body1>
          <Field label="Snooze until" required validationMessage={touched ? error : undefined}>
            <Input type="date" value={until} onChange={(_, data) => setUntil(data.value)} />
          </Field>
          {slow && <Spinner size="tiny" labelPosition="after" label="Snoozing…" />}
        </DialogContent>
        <DialogActions>
          <Button type="submit" appearance="primary" disabled={saving}>
            Snooze
          </Button>
          <Button disabled={saving} onClick={onClose}>
            Cancel
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
