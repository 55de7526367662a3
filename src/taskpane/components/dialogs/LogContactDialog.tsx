import {
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ContactDraft, ContactIntroduction } from "../../../app/contactActions";
import { IntroductionFields, introductionOf, NO_INTRODUCTION } from "./IntroductionFields";
import { CONTACT_CHANNELS, type Channel, type Direction } from "../../../core/book/contactLog";
import { CONTACT_OUTCOMES, type ContactOutcome } from "../../../core/book/contactOutcome";
import type { DaySerial } from "../../../core/dates/serial";
import type { TodayItem } from "../../../core/today/today";
import { useContactDraft } from "../../hooks/useContactDraft";
import { useFormDialog } from "../../hooks/useFormDialog";
import type { Problem } from "../../problem";
import { DialogForm, FormDialog } from "./FormDialog";
import { ProfileFields } from "./ProfileFields";
import type { ProfileEdit } from "../../../core/book/clientProfile";

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
    draft: Omit<ContactDraft, "who">,
    options: {
      readonly clearFollowUp: boolean;
      readonly profile: ProfileEdit;
      readonly introduction?: ContactIntroduction | null;
    }
  ) => Promise<Problem | null>;
  readonly onClose: () => void;
}

/** Log a contact with a client: one dialog, sensible defaults, nothing required but the date. */
export function LogContactDialog({ target, onClose, ...rest }: Props) {
  return (
    <FormDialog target={target} keyOf={(shown) => shown.item.client.id} onClose={onClose}>
      {(shown) => <ReachedMember target={shown} onClose={onClose} {...rest} />}
    </FormDialog>
  );
}

/**
 * On a household's card, the member reached is chosen first: the form is then that member's (their
 * follow-up and profile), the Contact Log records them, and the whole household moves on.
 */
function ReachedMember(props: Props & { readonly target: LogTarget }) {
  const members = props.target.item.household?.members ?? [];
  const [reached, setReached] = useState(props.target.item.client.id);
  const item = members.find((m) => m.client.id === reached) ?? props.target.item;
  return (
    <LogContactForm
      // A new member's form starts afresh: what was typed for one person is not given to another.
      key={reached}
      {...props}
      target={{ ...props.target, item }}
      members={members}
      onReach={setReached}
    />
  );
}

function LogContactForm({
  target,
  today,
  minutesPerCall,
  onSubmit,
  onClose,
  members,
  onReach,
}: Props & {
  readonly target: LogTarget;
  readonly members: readonly TodayItem[];
  readonly onReach: (clientId: string) => void;
}) {
  const current = target.item.client.record.followUp;
  const { fields, set, dateError, minutesError, draft, clearFollowUp, profile } = useContactDraft(
    today,
    target.channel,
    minutesPerCall,
    current,
    target.item.client.record.profile
  );
  const [introduction, setIntroduction] = useState(NO_INTRODUCTION);
  const form = useFormDialog(
    draft,
    (contact) =>
      onSubmit(target, contact, {
        clearFollowUp,
        profile,
        introduction: introductionOf(introduction),
      }),
    onClose
  );
  const check = (error: string | undefined) => (form.touched ? error : undefined);

  return (
    <DialogForm
      form={form}
      title={`Log contact with ${target.item.client.name}`}
      submitLabel="Save contact"
      savingLabel="Saving the contact…"
      onClose={onClose}
    >
      {members.length > 1 && (
        <Field
          label="Who did you reach?"
          hint="The whole household moves on; the Contact Log records this member."
        >
          <Select value={target.item.client.id} onChange={(_, data) => onReach(data.value)}>
            {members.map((m) => (
              <option key={m.client.id} value={m.client.id}>
                {m.client.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Date" required validationMessage={check(dateError)}>
        <Input type="date" value={fields.date} onChange={(_, data) => set("date", data.value)} />
      </Field>
      <Field label="Channel">
        <Select
          value={fields.channel}
          onChange={(_, data) => set("channel", data.value as Channel)}
        >
          {CONTACT_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Direction" hint="Only proactive contact moves the rotation on.">
        <RadioGroup
          value={fields.direction}
          onChange={(_, data) => set("direction", data.value as Direction)}
        >
          <Radio value="outbound" label="Proactive (I reached out)" />
          <Radio value="inbound" label="Inbound (the client reached out)" />
        </RadioGroup>
      </Field>
      <Field
        label="Outcome"
        hint="Only reaching the client (or meeting) moves a call tier on; a try comes back in 2 working days."
      >
        <Select
          value={fields.outcome}
          onChange={(_, data) => set("outcome", data.value as ContactOutcome)}
        >
          {CONTACT_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Minutes" validationMessage={check(minutesError)}>
        <Input
          type="number"
          min={0}
          value={fields.minutes}
          onChange={(_, data) => set("minutes", data.value)}
        />
      </Field>
      <Field label="Notes">
        <Textarea
          value={fields.notes}
          onChange={(_, data) => set("notes", data.value)}
          resize="vertical"
        />
      </Field>
      <Field
        label="Follow-up for next time"
        hint={
          current === ""
            ? "What to ask about on the next call."
            : "What to ask about on the next call; left blank, the one on record stays."
        }
      >
        <Textarea
          value={fields.followUp}
          disabled={fields.clearFollowUp}
          onChange={(_, data) => set("followUp", data.value)}
          resize="vertical"
        />
      </Field>
      {current !== "" && (
        <Checkbox
          label="Clear the follow-up (it was raised)"
          checked={fields.clearFollowUp}
          onChange={(_, data) => set("clearFollowUp", data.checked === true)}
        />
      )}
      <ProfileFields fields={fields} set={set} />
      <IntroductionFields
        name={target.item.client.name}
        value={introduction}
        onChange={setIntroduction}
      />
    </DialogForm>
  );
}
