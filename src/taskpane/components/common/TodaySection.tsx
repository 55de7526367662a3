import { Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** A titled part of the Today view; screen readers list it as a region by its title. */
export function TodaySection({
  title,
  note,
  children,
}: {
  readonly title: string;
  readonly note?: string;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  const id = useId();
  return (
    <section aria-labelledby={id} className={styles.root}>
      <Subtitle1 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle1>
      {note && (
        <Caption1 as="p" className={styles.note}>
          {note}
        </Caption1>
      )}
      {children}
    </section>
  );
}
