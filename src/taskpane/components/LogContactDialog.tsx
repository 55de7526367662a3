import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import type { ContactDraft } from "../../app/contactActions";
import { CONTACT_CHANNELS, type Channel, type Direction } from "../../core/book/contactLog";
import { formatIsoDate, type DaySerial } from "../../core/dates/serial";
import { parseTextDate } from "../../core/dates/textDate";
import type { TodayItem } from "../../core/today/today";
import { useDelayedFlag } from "../hooks/useDelayedFlag";
import type { Problem } from "../problem";
import { useDialogStyles } from "./dialogStyles";
import { ErrorBar } from "./ErrorBar";

export interface LogTarget {
  readonly item: TodayItem;
  /** The channel the form starts with: a card for a birthday card, else a call. */
  readonly channel: Channel;
}

interface Props {
  readonly target: LogTarget | null;
  readonly today: DaySerial;
  readonly minutesPerCall: number;
  readonly onSubmit: (
    target: LogTarget,
    draft: Omit<ContactDraft, "who">
  ) => Promise<Problem | null>;
  readonly onClose: () => void;
}

/** Log a contact with a client: one dialog, sensible defaults, nothing required but the date. */
export function LogContactDialog({ target, onClose, ...rest }: Props) {
  // The last target stays on the surface while the dialog animates closed.
  const last = useRef(target);
  if (target !== null) last.current = target;
  const shown = target ?? last.current;
  return (
    <Dialog open={target !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        {shown !== null && (
          <LogContactForm key={shown.item.client.id} target={shown} onClose={onClose} {...rest} />
        )}
      </DialogSurface>
    </Dialog>
  );
}

/** Blank is no minutes; otherwise a number of 0 or more. */
function readMinutes(text: string): number | null | undefined {
  if (text.trim() === "") return null;
  const minutes = Number(text);
  return Number.isFinite(minutes) && minutes >= 0 ? minutes : undefined;
}

function LogContactForm({
  target,
  today,
  minutesPerCall,
  onSubmit,
  onClose,
}: Props & { readonly target: LogTarget }) {
  const styles = useDialogStyles();
  const name = target.item.client.name;
  const [date, setDate] = useState(formatIsoDate(today));
  const [channel, setChannel] = useState<Channel>(target.channel);
  const [direction, setDirection] = useState<Direction>("outbound");
  const [minutes, setMinutes] = useState(String(minutesPerCall));
  const [notes, setNotes] = useState("");
  const [followUp, setFollowUp] = useState("");
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [touched, setTouched] = useState(false);
  const slow = useDelayedFlag(saving);

  const parsedDate = parseTextDate(date);
  const dateError =
    date.trim() === ""
      ? "Choose the day of the contact."
      : parsedDate.ok
        ? undefined
        : parsedDate.problem.message;
  const parsedMinutes = readMinutes(minutes);
  const minutesError =
    parsedMinutes === undefined
      ? "Type the minutes as a number, 0 or more, or leave it blank."
      : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!parsedDate.ok || parsedMinutes === undefined) return;
    setSaving(true);
    setProblem(null);
    const failed = await onSubmit(target, {
      date: parsedDate.value,
      channel,
      direction,
      minutes: parsedMinutes,
      notes,
      followUp,
    });
    setSaving(false);
    if (failed === null) onClose();
    else setProblem(failed);
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>Log contact with {name}</DialogTitle>
        <DialogContent className={styles.content}>
          {problem && <ErrorBar problem={problem} />}
          <Field label="Date" required validationMessage={touched ? dateError : undefined}>
            <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
          </Field>
          <Field label="Channel">
            <Select value={channel} onChange={(_, data) => setChannel(data.value as Channel)}>
              {CONTACT_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Direction" hint="Only proactive contact moves the rotation on.">
            <RadioGroup
              value={direction}
              onChange={(_, data) => setDirection(data.value as Direction)}
            >
              <Radio value="outbound" label="Proactive (I reached out)" />
              <Radio value="inbound" label="Inbound (the client reached out)" />
            </RadioGroup>
          </Field>
          <Field label="Minutes" validationMessage={touched ? minutesError : undefined}>
            <Input
              type="number"
              min={0}
              value={minutes}
              onChange={(_, data) => setMinutes(data.value)}
            />
          </Field>
          <Field label="Notes">
            <Textarea
              value={notes}
              onChange={(_, data) => setNotes(data.value)}
              resize="vertical"
            />
          </Field>
          <Field label="Follow-up for next time" hint="What to ask about on the next call.">
            <Textarea
              value={followUp}
              onChange={(_, data) => setFollowUp(data.value)}
              resize="vertical"
            />
          </Field>
          {slow && <Spinner size="tiny" labelPosition="after" label="Saving the contact…" />}
        </DialogContent>
        <DialogActions>
          <Button type="submit" appearance="primary" disabled={saving}>
            Save contact
          </Button>
          <Button disabled={saving} onClick={onClose}>
            Cancel
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
