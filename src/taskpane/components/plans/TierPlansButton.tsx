import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { useState } from "react";
import type { LoadedBook } from "../../../app/loadBook";
import { ConfirmDialog } from "../dialogs/ConfirmDialog";

/** More sheets than this are written only after the user says yes. */
export const CONFIRM_ABOVE_SHEETS = 10;

interface Props {
  readonly book: LoadedBook;
  readonly busy: boolean;
  /** Plans for every client of a tier; resolves to the sheets written, or null when it failed. */
  readonly onPlansForTier: (
    tier: string,
    onProgress: (done: number, total: number) => void
  ) => Promise<string[] | null>;
  readonly say: (message: string, sheet?: string) => void;
}

function written(sheets: readonly string[], tier: string): string {
  if (sheets.length === 0) return `No client has tier ${tier}.`;
  if (sheets.length <= CONFIRM_ABOVE_SHEETS)
    return `${sheets.length} plan sheets written: ${sheets.join(", ")}.`;
  return `${sheets.length} plan sheets written, from "${sheets[0]}" to "${sheets[sheets.length - 1]}".`;
}

/** Plans for all top-tier clients: asks first when that is many sheets, shows progress, one line after. */
export function TierPlansButton({ book, busy, onPlansForTier, say }: Props) {
  const tier = book.settings.tiers[0]?.tier ?? "A";
  const count = book.clients.filter((c) => c.tier === tier).length;
  const [asking, setAsking] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const write = async () => {
    setAsking(false);
    setProgress({ done: 0, total: count });
    const sheets = await onPlansForTier(tier, (done, total) => setProgress({ done, total }));
    setProgress(null);
    if (sheets !== null) say(written(sheets, tier), sheets[0]);
  };
  return (
    <>
      <Button
        disabled={busy}
        onClick={() => (count > CONFIRM_ABOVE_SHEETS ? setAsking(true) : void write())}
      >
        Plans for all tier {tier} clients
      </Button>
      {progress !== null && (
        <Field
          label={`Writing plan sheets: ${progress.done} of ${progress.total}`}
          validationState="none"
        >
          <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} />
        </Field>
      )}
      <ConfirmDialog
        open={asking}
        title={`Write ${count} plan sheets?`}
        confirmLabel={`Write ${count} sheets`}
        onConfirm={() => void write()}
        onCancel={() => setAsking(false)}
      >
        {`Each tier ${tier} client gets a sheet of their own in this workbook (an existing plan keeps what you typed in it). This takes a while for ${count} clients.`}
      </ConfirmDialog>
    </>
  );
}
