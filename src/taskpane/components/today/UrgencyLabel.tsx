import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Urgency } from "../../../core/today/today";

export const URGENCY_TEXT: Readonly<Record<Urgency, string>> = {
  overdue: "Overdue",
  "due-this-week": "Due this week",
  current: "Current",
};

const useBandStyles = makeStyles({
  overdue: { backgroundColor: tokens.colorPaletteRedBackground2 },
  "due-this-week": { backgroundColor: tokens.colorPaletteYellowBackground2 },
  current: { backgroundColor: tokens.colorPaletteGreenBackground2 },
});

/** The band's colour on the edge of a card. */
export const useUrgencyEdgeStyles = makeStyles({
  overdue: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  "due-this-week": { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  current: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
});

const useStyles = makeStyles({
  label: {
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    paddingInline: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The colour band in words too, so colour is never the only signal. */
export function UrgencyLabel({ urgency }: { readonly urgency: Urgency }) {
  const styles = useStyles();
  const bands = useBandStyles();
  return (
    <span className={mergeClasses(styles.label, bands[urgency])}>{URGENCY_TEXT[urgency]}</span>
  );
}
