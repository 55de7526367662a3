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
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  defaultHourChoice,
  hourCalendarFile,
  type HourCalendar,
} from "../../../app/calendarActions";
import { formatIsoDate, type DaySerial } from "../../../core/dates/serial";
import type { RotationSettings } from "../../../core/book/settings";
import { CalendarFileActions } from "./CalendarFileActions";
import { useDialogStyles } from "./dialogStyles";

const useStyles = makeStyles({
  text: { margin: 0 },
  fields: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
});

interface Props {
  readonly open: boolean;
  readonly settings: RotationSettings;
  /** The first appointment is on the first working day from today. */
  readonly today: DaySerial;
  readonly onClose: () => void;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "08:30" (what a time input gives) as hour and minute; null when it is not a time. */
function readClock(text: string): { hour: number; minute: number } | null {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text.trim());
  if (match === null) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

/** "Monday to Friday" for a run of three or more days, else the days one by one. */
function daysText(days: readonly string[]): string {
  const order = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  const at = days.map((day) => order.indexOf(day));
  const run = at.every((index, i) => i === 0 || index === at[i - 1] + 1);
  if (run && days.length >= 3) return `${days[0]} to ${days[days.length - 1]}`;
  return days.length === 1
    ? days[0]
    : `${days.slice(0, -1).join(", ")} and ${days[days.length - 1]}`;
}

function summary(hour: HourCalendar): string {
  const holidays =
    hour.holidaysSkipped === 0
      ? ""
      : `, except the ${hour.holidaysSkipped === 1 ? "holiday" : `${hour.holidaysSkipped} holidays`} in the settings`;
  return `A recurring appointment every ${daysText(hour.days)}${holidays}, from ${formatIsoDate(hour.firstDay)}.`;
}

/** The daily relationship hour as a recurring appointment, at a time the user picks. */
export function HourCalendarDialog({ open, onClose, ...rest }: Props) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>{open && <HourCalendarForm onClose={onClose} {...rest} />}</DialogSurface>
    </Dialog>
  );
}

function HourCalendarForm({ settings, today, onClose }: Omit<Props, "open">) {
  const dialog = useDialogStyles();
  const styles = useStyles();
  const defaults = defaultHourChoice(settings);
  const [start, setStart] = useState(`${pad(defaults.hour)}:${pad(defaults.minute)}`);
  const [length, setLength] = useState(String(defaults.minutes));
  const clock = readClock(start);
  const calendar =
    clock === null
      ? null
      : hourCalendarFile(settings, today, { ...clock, minutes: Number(length) });
  const problem = calendar !== null && !calendar.ok ? calendar.problem.message : undefined;

  return (
    <DialogBody>
      <DialogTitle>The relationship hour in your calendar</DialogTitle>
      <DialogContent className={dialog.content}>
        <Body1 as="p" className={styles.text}>
          Block the hour like any appointment, so nothing else is booked into it.{" "}
          {calendar?.ok === true && summary(calendar.value)}
        </Body1>
        <div className={styles.fields}>
          <Field
            label="Starts at"
            validationMessage={clock === null ? "Choose a time, such as 08:00." : undefined}
          >
            <Input type="time" value={start} onChange={(_, data) => setStart(data.value)} />
          </Field>
          <Field
            label="Length in minutes"
            hint={`Minutes a day in the settings: ${settings.capacityMinutes}.`}
            validationMessage={problem && `${problem[0].toUpperCase()}${problem.slice(1)}.`}
          >
            <Input
              type="number"
              min={1}
              step={5}
              value={length}
              onChange={(_, data) => setLength(data.value)}
            />
          </Field>
        </div>
        <CalendarFileActions file={calendar?.ok === true ? calendar.value : null} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </DialogBody>
  );
}
