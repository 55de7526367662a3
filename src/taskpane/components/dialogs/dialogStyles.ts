import { makeStyles, tokens } from "@fluentui/react-components";

/** The pane's dialogs lay their fields out alike: one column, the same gap. */
export const useDialogStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});
