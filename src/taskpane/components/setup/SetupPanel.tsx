import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { LoadedBook } from "../../../app/loadBook";
import type { RotationSettings } from "../../../core/book/settings";
import type { DaySerial } from "../../../core/dates/serial";
import { TodaySection } from "../common/TodaySection";
import { HourCalendarDialog } from "../dialogs/HourCalendarDialog";
import { SettingsSource } from "./SettingsSource";
import { useSetupStyles } from "./setupStyles";

interface Props {
  readonly book: LoadedBook;
  readonly busy: boolean;
  /** Today's date: the hour's calendar appointment starts from it. */
  readonly today: DaySerial;
  readonly onCreateSettings: (settings: RotationSettings) => void;
  readonly onEditColumns: () => void;
}

/** Where the settings come from, the column mapping, and the hour in the calendar. */
export function SetupPanel({ book, busy, today, onCreateSettings, onEditColumns }: Props) {
  const styles = useSetupStyles();
  const [hourInCalendar, setHourInCalendar] = useState(false);
  return (
    <TodaySection title="Settings">
      <SettingsSource book={book} busy={busy} onCreateSettings={onCreateSettings} />
      <div className={styles.actions}>
        <Button disabled={busy} onClick={onEditColumns}>
          Change columns
        </Button>
        {/* Reads only the settings already loaded, so it stays usable while the pane is busy. */}
        <Button onClick={() => setHourInCalendar(true)}>The hour in my calendar</Button>
      </div>
      <HourCalendarDialog
        open={hourInCalendar}
        settings={book.settings}
        today={today}
        onClose={() => setHourInCalendar(false)}
      />
    </TodaySection>
  );
}
