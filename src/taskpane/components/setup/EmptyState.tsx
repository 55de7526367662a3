import { Body1, Button, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { NoClientTable } from "../../../app/loadBook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  readonly activeSheet: NoClientTable["activeSheet"];
  readonly busy: boolean;
  readonly onInsertSample: () => void;
  readonly onMakeTable: () => void;
  readonly onRefresh: () => void;
}

/** No client table in the workbook: make one from the active sheet, try a sample, or look again. */
export function EmptyState({ activeSheet, busy, onInsertSample, onMakeTable, onRefresh }: Props) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId}>
        No client table found
      </Subtitle1>
      <Body1 as="p">
        The add-in looks for an Excel table with a client name and a last-contact date, tier or
        revenue column.
        {activeSheet
          ? ` The sheet "${activeSheet.sheet}" has a list in ${activeSheet.address} (${activeSheet.headers.filter((h) => h !== "").join(", ")}) but no table.${activeSheet.rowsAbove > 0 || activeSheet.totalsRow !== null ? " Rows above its header and its totals row stay outside the table." : ""}`
          : " Select a client list in Excel and format it as a table (Ctrl+T), or insert a sample one to try the add-in."}
      </Body1>
      <div className={styles.actions}>
        {activeSheet && (
          <Button appearance="primary" disabled={busy} onClick={onMakeTable}>
            Make a table from {activeSheet.sheet}
          </Button>
        )}
        <Button
          appearance={activeSheet ? "secondary" : "primary"}
          disabled={busy}
          onClick={onInsertSample}
        >
          Insert a sample client list
        </Button>
        <Button disabled={busy} onClick={onRefresh}>
          Look again
        </Button>
      </div>
    </section>
  );
}
