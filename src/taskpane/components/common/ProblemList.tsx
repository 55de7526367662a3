import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { RowProblem } from "../../../core/book/clientRows";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  value: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

/** Beyond this many, the list says how many more there are: the first ones show what to fix. */
const SHOWN = 50;

/** Cells the add-in could not read: row number, column, value and why, so the user can fix them. */
export function ProblemList({ problems }: { readonly problems: readonly RowProblem[] }) {
  const styles = useStyles();
  const headingId = useId();
  if (problems.length === 0) return null;
  const cells = problems.length;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {cells === 1 ? "1 cell not read" : `${cells} cells not read`}
      </Subtitle2>
      <Caption1 as="p">
        Those clients are in the rotation with that field blank. Fix these cells in the client table
        and choose Refresh.
      </Caption1>
      <ul className={styles.list} aria-labelledby={headingId}>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            Row {p.rowNumber}, {p.column}:{" "}
            <span className={styles.value}>{p.value === "" ? "(blank)" : `“${p.value}”`}</span> —{" "}
            {p.why}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <Caption1 as="p">…and {problems.length - SHOWN} more.</Caption1>}
    </section>
  );
}
