import { makeStyles, tokens } from "@fluentui/react-components";

/** The set-up panel's parts share one look: rows of buttons that wrap, paragraphs with no margin. */
export const useSetupStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  text: { margin: 0 },
});
