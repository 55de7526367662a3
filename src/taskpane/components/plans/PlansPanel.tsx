import type { LoadedBook } from "../../../app/loadBook";
import { TodaySection } from "../common/TodaySection";
import { useSetupStyles } from "../setup/setupStyles";
import { ReviewSheetButtons, type ReviewSheetProps } from "./ReviewSheetButtons";
import { TierPlansButton } from "./TierPlansButton";

interface Props extends ReviewSheetProps {
  readonly book: LoadedBook;
  readonly busy: boolean;
  readonly onPlansForTier: Parameters<typeof TierPlansButton>[0]["onPlansForTier"];
  readonly say: (message: string, sheet?: string) => void;
}

/** The sheets the add-in writes for planning and looking back. */
export function PlansPanel({ book, busy, onPlansForTier, say, ...reviews }: Props) {
  const styles = useSetupStyles();
  return (
    <TodaySection
      title="Plans and reviews"
      note="Each button writes a sheet in this workbook; a client's own plan is on its card."
    >
      <div className={styles.actions}>
        <TierPlansButton book={book} busy={busy} onPlansForTier={onPlansForTier} say={say} />
        <ReviewSheetButtons busy={busy} say={say} {...reviews} />
      </div>
    </TodaySection>
  );
}
