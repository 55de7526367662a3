import { Body1, Button, Field, ProgressBar } from "@fluentui/react-components";
import { useState } from "react";
import type { LoadedBook } from "../../../app/loadBook";
import type { RotationSettings } from "../../../core/book/settings";
import type { DaySerial } from "../../../core/dates/serial";
import { TodaySection } from "../common/TodaySection";
import { HourCalendarDialog } from "../dialogs/HourCalendarDialog";
import { ReviewSheetButtons, type ReviewSheetProps } from "./ReviewSheetButtons";
import { SettingsSource } from "./SettingsSource";
import { useSetupStyles } from "./setupStyles";

interface Props extends ReviewSheetProps {
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
}

/** Where the settings come from, the column mapping, and the sheets the add-in writes. */
export function SetupPanel({
  book,
  busy,
  today,
  onCreateSettings,
  onEditColumns,
  onRefresh,
  onPlansForTier,
  ...reviews
}: Props) {
  const styles = useSetupStyles();
  const topTier = book.settings.tiers[0]?.tier ?? "A";
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [hourInCalendar, setHourInCalendar] = useState(false);
  const writePlans = async () => {
    setStatus(null);
    setProgress({ done: 0, total: book.clients.filter((c) => c.tier === topTier).length });
    const sheets = await onPlansForTier(topTier, (done, total) => setProgress({ done, total }));
    setProgress(null);
    if (sheets !== null)
      setStatus(
        sheets.length === 0
          ? `No client has tier ${topTier}.`
          : `${sheets.length} plan sheets written: ${sheets.join(", ")}.`
      );
  };
  return (
    <TodaySection title="Set-up">
      <SettingsSource book={book} busy={busy} onCreateSettings={onCreateSettings} />
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
        <ReviewSheetButtons busy={busy} onStatus={setStatus} {...reviews} />
      </div>
      {progress !== null && (
        <Field
          label={`Writing plan sheets: ${progress.done} of ${progress.total}`}
          validationState="none"
        >
          <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} />
        </Field>
      )}
      {status !== null && (
        <Body1 as="p" role="status" className={styles.text}>
          {status}
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
