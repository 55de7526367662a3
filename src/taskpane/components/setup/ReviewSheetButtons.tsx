import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { formatIsoDate, type DaySerial } from "../../../core/dates/serial";
import { parseTextDate } from "../../../core/dates/textDate";

type Made = { sheet: string; created: boolean } | null;

export interface ReviewSheetProps {
  /** The first of the twelve days unless the user picks another: the coming 13 December. */
  readonly twelveDaysStart: DaySerial;
  readonly onTwelveDays: (start: DaySerial) => Promise<string | null>;
  readonly onTimeBudget: () => Promise<Made>;
  readonly onCoverage: () => Promise<string | null>;
  readonly onTimeJournal: () => Promise<Made>;
}

interface Props extends ReviewSheetProps {
  readonly busy: boolean;
  /** Says where the sheet is, once written. */
  readonly onStatus: (message: string) => void;
}

/** The sheets for looking back and ahead: twelve days, time budget, coverage, time journal. */
export function ReviewSheetButtons({
  busy,
  onStatus,
  twelveDaysStart,
  onTwelveDays,
  onTimeBudget,
  onCoverage,
  onTimeJournal,
}: Props) {
  const [reviewFrom, setReviewFrom] = useState(formatIsoDate(twelveDaysStart));
  const reviewStart = parseTextDate(reviewFrom);
  const say = <T,>(made: T | null, message: (made: T) => string) =>
    made !== null && onStatus(message(made));
  return (
    <>
      {/* The twelve days before Christmas by default; any start date for another custom. */}
      <Field
        label="Twelve days from"
        validationMessage={reviewStart.ok ? undefined : "Pick the first of the twelve days."}
      >
        <Input type="date" value={reviewFrom} onChange={(_, data) => setReviewFrom(data.value)} />
      </Field>
      <Button
        disabled={busy || !reviewStart.ok}
        onClick={() => {
          if (!reviewStart.ok) return;
          void onTwelveDays(reviewStart.value).then((sheet) =>
            say(sheet, (s) => `The twelve days are on the sheet "${s}".`)
          );
        }}
      >
        Twelve days of appreciation
      </Button>
      <Button
        disabled={busy}
        onClick={() =>
          void onTimeBudget().then((made) =>
            say(made, ({ sheet, created }) =>
              created
                ? `The time budget is on the sheet "${sheet}"; it recalculates as you edit it.`
                : `The sheet "${sheet}" exists already and recalculates by itself.`
            )
          )
        }
      >
        Time budget
      </Button>
      <Button
        disabled={busy}
        onClick={() =>
          void onCoverage().then((sheet) => say(sheet, (s) => `Coverage is on the sheet "${s}".`))
        }
      >
        Refresh coverage
      </Button>
      <Button
        disabled={busy}
        onClick={() =>
          void onTimeJournal().then((made) =>
            say(made, ({ sheet, created }) =>
              created
                ? `Journal a day on the sheet "${sheet}": the shares update as you type.`
                : `The sheet "${sheet}" exists already; it is yours to fill in (its chart is drawn again).`
            )
          )
        }
      >
        Time journal
      </Button>
    </>
  );
}
