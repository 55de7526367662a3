import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { formatIsoDate, type DaySerial } from "../../../core/dates/serial";
import { parseTextDate } from "../../../core/dates/textDate";
import type { TwelveDaysScope } from "../../../core/reviews/twelveDaysPick";
import { BudgetPersonField, TwelveDaysScopeField, WHOLE_BOOK } from "./PersonChoices";

type Made = { sheet: string; created: boolean } | null;

export interface ReviewSheetProps {
  /** The first of the twelve days unless the user picks another: the coming 13 December. */
  readonly twelveDaysStart: DaySerial;
  readonly onTwelveDays: (start: DaySerial, scope: TwelveDaysScope) => Promise<string | null>;
  /** The whole book's budget (null) or one person's. */
  readonly onTimeBudget: (person: string | null) => Promise<Made>;
  /** "I am" from the settings: the Twelve Days are from their clients unless the firm is chosen. */
  readonly me: string;
  /** Whose Time Budget can be written: the practice's people. */
  readonly people: readonly string[];
  readonly onCoverage: () => Promise<string | null>;
  readonly onTimeJournal: () => Promise<Made>;
}

interface Props extends ReviewSheetProps {
  readonly busy: boolean;
  /** Says where the sheet is, once written, and offers to go there. */
  readonly say: (message: string, sheet?: string) => void;
}

/** The sheets for looking back and ahead: twelve days, time budget, coverage, time journal. */
export function ReviewSheetButtons({
  busy,
  say,
  twelveDaysStart,
  onTwelveDays,
  onTimeBudget,
  onCoverage,
  onTimeJournal,
  me,
  people,
}: Props) {
  const [reviewFrom, setReviewFrom] = useState(formatIsoDate(twelveDaysStart));
  const [scope, setScope] = useState<TwelveDaysScope>("mine");
  const [person, setPerson] = useState(WHOLE_BOOK);
  const reviewStart = parseTextDate(reviewFrom);
  // A failure is already shown by the pane; only a sheet written is said.
  const written = (sheet: string | null, message: string) => sheet !== null && say(message, sheet);
  const made = (m: Made, fresh: (s: string) => string, again: (s: string) => string) =>
    m !== null && say(m.created ? fresh(m.sheet) : again(m.sheet), m.sheet);
  return (
    <>
      {/* The twelve days before Christmas by default; any start date for another custom. */}
      <Field
        label="Twelve days from"
        validationMessage={reviewStart.ok ? undefined : "Pick the first of the twelve days."}
      >
        <Input type="date" value={reviewFrom} onChange={(_, data) => setReviewFrom(data.value)} />
      </Field>
      <TwelveDaysScopeField me={me} scope={scope} onChange={setScope} />
      <Button
        disabled={busy || !reviewStart.ok}
        onClick={() => {
          if (!reviewStart.ok) return;
          void onTwelveDays(reviewStart.value, scope).then((sheet) =>
            written(sheet, `The twelve days are on the sheet "${sheet}".`)
          );
        }}
      >
        Twelve days of appreciation
      </Button>
      <BudgetPersonField people={people} person={person} onChange={setPerson} />
      <Button
        disabled={busy}
        onClick={() =>
          void onTimeBudget(person === WHOLE_BOOK ? null : person).then((m) =>
            person === WHOLE_BOOK
              ? made(
                  m,
                  (s) => `The time budget is on the sheet "${s}"; it recalculates as you edit it.`,
                  (s) => `The sheet "${s}" exists already and recalculates by itself.`
                )
              : m !== null && say(`${person}'s time budget is on the sheet "${m.sheet}".`, m.sheet)
          )
        }
      >
        Time budget
      </Button>
      <Button
        disabled={busy}
        onClick={() =>
          void onCoverage().then((sheet) => written(sheet, `Coverage is on the sheet "${sheet}".`))
        }
      >
        Refresh coverage
      </Button>
      <Button
        disabled={busy}
        onClick={() =>
          void onTimeJournal().then((m) =>
            made(
              m,
              (s) => `Journal a day on the sheet "${s}": the shares update as you type.`,
              (s) =>
                `The sheet "${s}" exists already; it is yours to fill in (its chart is drawn again).`
            )
          )
        }
      >
        Time journal
      </Button>
    </>
  );
}
