import { Body1, Button, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { LoadedBook } from "../../../app/loadBook";
import { SETTINGS_SHEET, type RotationSettings } from "../../../core/book/settings";
import { ownerKey } from "../../../core/today/callList";
import { useSetupStyles } from "./setupStyles";

interface Props {
  readonly book: LoadedBook;
  readonly busy: boolean;
  readonly onCreateSettings: (settings: RotationSettings) => void;
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

/** Where the settings come from, and the settings sheet on request (with my name in it). */
export function SettingsSource({ book, busy, onCreateSettings }: Props) {
  const styles = useSetupStyles();
  const [me, setMe] = useState(book.settings.me);
  if (book.hasSettingsSheet)
    return (
      <Body1 as="p" className={styles.text}>
        Settings from the {SETTINGS_SHEET} sheet: {summary(book.settings)} Edit the sheet, then
        choose Refresh.
      </Body1>
    );
  return (
    <>
      <Body1 as="p" className={styles.text}>
        Default settings: {summary(book.settings)} Create the {SETTINGS_SHEET} sheet to change them
        by hand.
      </Body1>
      <div className={styles.actions}>
        <Field label="I am (my name in the Owner column)">
          <Select value={me} onChange={(_, data) => setMe(data.value)}>
            <option value="">Nobody: one list for the whole book</option>
            {ownersOf(book).map((o) => (
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
  );
}
