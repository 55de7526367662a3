import { makeStyles, Text, Title2, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/** Placeholder until the daily call list lands. */
export function App() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">Relationship Hour</Title2>
      <Text as="p">
        The daily call list arrives with the task pane issue; the custom functions =RH.TIERSCORE,
        =RH.TIER, =RH.NEXTCONTACT and =RH.OVERDUE are ready in the grid.
      </Text>
    </main>
  );
}
