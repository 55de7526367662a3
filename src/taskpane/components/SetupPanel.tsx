import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  ProgressBar,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { LoadedBook } from "../../app/loadBook";
import { ownerKey } from "../../core/today/callList";
import { formatIsoDate, type DaySerial } from "../../core/dates/serial";
import { parseTextDate } from "../../core/dates/textDate";
import { SETTINGS_SHEET, type RotationSettings } from "../../core/book/settings";
import { HourCalendarDialog } from "./HourCalendarDialog";
import { TodaySection } from "./TodaySection";

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  text: { margin: 0 },
});

interface Props {
  readonly book: LoadedBook;
  readonly busy: boolean;
  /** Today's date: the hour's calendar appointment starts from it. */
  readonly today: DaySerial;
  readonly onCreateSettings: (settings: RotationSettings) => void;
  readonly onEditColumns: () => void;
  readonly onRefresh: () => void;
  /** Plans for every client of a tier; resolves to the sheets written, or null when it failed. */
  readonly onPlansForTier: (
    tier: string,
    onProgress: (done: number, total: number) => void
  ) => Promise<string[] | null>;
  /** The first of the twelve days unless the user picks another: the coming 13 December. */
  readonly twelveDaysStart: DaySerial;
  readonly onTwelveDays: (start: DaySerial) => Promise<string | null>;
  readonly onTimeBudget: () => Promise<{ sheet: string; created: boolean } | null>;
  readonly onCoverage: () => Promise<string | null>;
  readonly onTimeJournal: () => Promise<{ sheet: string; created: boolean } | null>;
}

/** The owners as typed in the table, each once. */
function ownersOf(book: LoadedBook): string[] {
  const seen = new Map<string, string>();
  for (const c of book.clients)
    if (c.owner !== "" && !seen.has(ownerKey(c.owner))) seen.set(ownerKey(c.owner), c.owner.trim());
  return [...seen.values()].sort();
}

function summary(settings: RotationSettings): string {
  const cadence = settings.tiers.map((t) => `${t.tier} every ${t.days} days`).join(", ");
  const me = settings.me === "" ? "no name set" : `I am ${settings.me}`;
  return `${cadence}; ${settings.capacityMinutes} minutes a day, ${settings.minutesPerCall} a call; ${me}.`;
}

/** Where the settings come from, the settings sheet on request, and the column mapping. */
export function SetupPanel({
  book,
  busy,
  today,
  onCreateSettings,
  onEditColumns,
  onRefresh,
  onPlansForTier,
  twelveDaysStart,
  onTwelveDays,
  onTimeBudget,
  onCoverage,
  onTimeJournal,
}: Props) {
  const styles = useStyles();
  const owners = ownersOf(book);
  const [me, setMe] = useState(book.settings.me);
  const topTier = book.settings.tiers[0]?.tier ?? "A";
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [plans, setPlans] = useState<string | null>(null);
  const [reviewFrom, setReviewFrom] = useState(formatIsoDate(twelveDaysStart));
  const reviewStart = parseTextDate(reviewFrom);
  const [hourInCalendar, setHourInCalendar] = useState(false);
  const writePlans = async () => {
    setPlans(null);
    setProgress({ done: 0, total: book.clients.filter((c) => c.tier === topTier).length });
    const sheets = await onPlansForTier(topTier, (done, total) => setProgress({ done, total }));
    setProgress(null);
    if (sheets !== null)
      setPlans(
        sheets.length === 0
          ? `No client has tier ${topTier}.`
          : `${sheets.length} plan sheets written: ${sheets.join(", ")}.`
      );
  };
  return (
    <TodaySection title="Set-up">
      {book.hasSettingsSheet ? (
        <Body1 as="p" className={styles.text}>
          Settings from the {SETTINGS_SHEET} sheet: {summary(book.settings)} Edit the sheet, then
          choose Refresh.
        </Body1>
      ) : (
        <>
          <Body1 as="p" className={styles.text}>
            Default settings: {summary(book.settings)} Create the {SETTINGS_SHEET} sheet to change
            them by hand.
          </Body1>
          <div className={styles.actions}>
            <Field label="I am (my name in the Owner column)">
              <Select value={me} onChange={(_, data) => setMe(data.value)}>
                <option value="">Nobody: one list for the whole book</option>
                {owners.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </Select>
            </Field>
            <Button disabled={busy} onClick={() => onCreateSettings({ ...book.settings, me })}>
              Create the {SETTINGS_SHEET} sheet
            </Button>
          </div>
        </>
      )}
      <div className={styles.actions}>
        <Button disabled={busy} onClick={onRefresh}>
          Refresh
        </Button>
        <Button disabled={busy} onClick={onEditColumns}>
          Change columns
        </Button>
        {/* Reads only the settings already loaded, so it stays usable while the pane is busy. */}
        <Button onClick={() => setHourInCalendar(true)}>The hour in my calendar</Button>
        <Button disabled={busy} onClick={() => void writePlans()}>
          Plans for all tier {topTier} clients
        </Button>
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
            void onTwelveDays(reviewStart.value).then(
              (sheet) => sheet !== null && setPlans(`The twelve days are on the sheet "${sheet}".`)
            );
          }}
        >
          Twelve days of appreciation
        </Button>
        <Button
          disabled={busy}
          onClick={() =>
            void onTimeBudget().then(
              (result) =>
                result !== null &&
                setPlans(
                  result.created
                    ? `The time budget is on the sheet "${result.sheet}"; it recalculates as you edit it.`
                    : `The sheet "${result.sheet}" exists already and recalculates by itself.`
                )
            )
          }
        >
          Time budget
        </Button>
        <Button
          disabled={busy}
          onClick={() =>
            void onCoverage().then(
              (sheet) => sheet !== null && setPlans(`Coverage is on the sheet "${sheet}".`)
            )
          }
        >
          Refresh coverage
        </Button>
        <Button
          disabled={busy}
          onClick={() =>
            void onTimeJournal().then(
              (result) =>
                result !== null &&
                setPlans(
                  result.created
                    ? `Journal a day on the sheet "${result.sheet}": the shares update as you type.`
                    : `The sheet "${result.sheet}" exists already; it is yours to fill in (its chart is drawn again).`
                )
            )
          }
        >
          Time journal
        </Button>
      </div>
      {progress !== null && (
        <Field
          label={`Writing plan sheets: ${progress.done} of ${progress.total}`}
          validationState="none"
        >
          <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} />
        </Field>
      )}
      {plans !== null && (
        <Body1 as="p" role="status" className={styles.text}>
          {plans}
        </Body1>
      )}
      <HourCalendarDialog
        open={hourInCalendar}
        settings={book.settings}
        today={today}
        onClose={() => setHourInCalendar(false)}
      />
    </TodaySection>
  );
}
