import { Body1, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { formatIsoDate, type DaySerial } from "../../../core/dates/serial";
import { parseTextDate } from "../../../core/dates/textDate";
import type { TodayItem } from "../../../core/today/today";
import { useFormDialog } from "../../hooks/useFormDialog";
import type { Problem } from "../../problem";
import { DialogForm, FormDialog } from "./FormDialog";

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
  return (
    <FormDialog target={item} keyOf={(shown) => shown.client.id} onClose={onClose}>
      {(shown) => <SnoozeForm item={shown} onClose={onClose} {...rest} />}
    </FormDialog>
  );
}

function SnoozeForm({ item, asOf, onSubmit, onClose }: Props & { readonly item: TodayItem }) {
  const [until, setUntil] = useState(formatIsoDate(asOf + DEFAULT_DAYS));
  const parsed = parseTextDate(until);
  const error = !parsed.ok
    ? "Choose a day (yyyy-mm-dd)."
    : parsed.value <= asOf
      ? `Choose a day after ${formatIsoDate(asOf)}.`
      : undefined;
  const form = useFormDialog(
    parsed.ok && error === undefined ? parsed.value : null,
    (day) => onSubmit(item, day),
    onClose
  );

  return (
    <DialogForm
      form={form}
      title={`Snooze ${item.client.name}`}
      submitLabel="Snooze"
      savingLabel="Snoozing…"
      onClose={onClose}
    >
      <Body1 as="p">
        {item.client.name} leaves the list until that day. A snooze is not a contact: the rotation
        does not move on.
      </Body1>
      <Field label="Snooze until" required validationMessage={form.touched ? error : undefined}>
        <Input type="date" value={until} onChange={(_, data) => setUntil(data.value)} />
      </Field>
    </DialogForm>
  );
}
