/**
 * The log-contact form's fields as typed, their checks, and the contact they make when all are
 * right. Nothing is required but the date; minutes default to the settings' minutes per call.
 */
import { useState } from "react";
import type { ContactDraft } from "../../app/contactActions";
import type { Channel, Direction } from "../../core/book/contactLog";
import type { ContactOutcome } from "../../core/book/contactOutcome";
import { formatIsoDate, type DaySerial } from "../../core/dates/serial";
import { parseTextDate } from "../../core/dates/textDate";
import type { ClientProfile } from "../../core/book/clientRows";
import { EMPTY_PROFILE, type ProfileEdit } from "../../core/book/clientProfile";

export interface ContactFields {
  readonly date: string;
  readonly channel: Channel;
  readonly direction: Direction;
  readonly minutes: string;
  readonly notes: string;
  /** Starts as the follow-up on record: kept unless changed, or cleared on purpose. */
  readonly followUp: string;
  readonly clearFollowUp: boolean;
  readonly outcome: ContactOutcome;
  /** What we know, starting as on record: a changed field is kept (in its column or on the plan). */
  readonly family: string;
  readonly occupation: string;
  readonly interests: string;
}

export interface ContactDraftState {
  readonly fields: ContactFields;
  readonly set: <K extends keyof ContactFields>(field: K, value: ContactFields[K]) => void;
  readonly dateError: string | undefined;
  readonly minutesError: string | undefined;
  /** The contact to save, or null while a field is wrong. */
  readonly draft: Omit<ContactDraft, "who"> | null;
  /** Erase the follow-up on record (a blank field alone keeps it). */
  readonly clearFollowUp: boolean;
  /** The profile as typed; the action keeps only what differs from the record. */
  readonly profile: ProfileEdit;
}

/** What a contact by this channel usually achieved: a card or e-mail is sent, a call reached. */
function usualOutcome(channel: Channel): ContactOutcome {
  if (channel === "meeting" || channel === "in person") return "met";
  if (channel === "call") return "reached";
  return "sent";
}

/** Blank is no minutes; otherwise a number of 0 or more. */
function readMinutes(text: string): number | null | undefined {
  if (text.trim() === "") return null;
  const minutes = Number(text);
  return Number.isFinite(minutes) && minutes >= 0 ? minutes : undefined;
}

export function useContactDraft(
  today: DaySerial,
  channel: Channel,
  minutesPerCall: number,
  currentFollowUp = "",
  currentProfile: ClientProfile = EMPTY_PROFILE
): ContactDraftState {
  const [fields, setFields] = useState<ContactFields>({
    date: formatIsoDate(today),
    channel,
    direction: "outbound",
    minutes: String(minutesPerCall),
    notes: "",
    followUp: currentFollowUp,
    clearFollowUp: false,
    outcome: usualOutcome(channel),
    ...currentProfile,
  });
  const set = <K extends keyof ContactFields>(field: K, value: ContactFields[K]) =>
    setFields((before) => ({
      ...before,
      [field]: value,
      // A new channel brings its usual outcome; the user may still pick another after.
      ...(field === "channel" ? { outcome: usualOutcome(value as Channel) } : {}),
    }));

  const parsedDate = parseTextDate(fields.date);
  const dateError =
    fields.date.trim() === ""
      ? "Choose the day of the contact."
      : parsedDate.ok
        ? undefined
        : parsedDate.problem.message;
  const minutes = readMinutes(fields.minutes);
  const minutesError =
    minutes === undefined
      ? "Type the minutes as a number, 0 or more, or leave it blank."
      : undefined;
  const { channel: picked, direction, notes, outcome, clearFollowUp } = fields;
  const followUp = clearFollowUp ? "" : fields.followUp;
  const draft =
    parsedDate.ok && minutes !== undefined
      ? { date: parsedDate.value, channel: picked, direction, minutes, notes, followUp, outcome }
      : null;

  const profile: ProfileEdit = {
    family: fields.family,
    occupation: fields.occupation,
    interests: fields.interests,
  };

  return { fields, set, dateError, minutesError, draft, clearFollowUp, profile };
}
