/**
 * The pane as a state machine: reading the workbook → no client table (empty state) | the column
 * mapping (until confirmed, or when asked for) | today's relationship hour. Errors show in the
 * pane with what to do; a spinner appears only for work that takes over half a second.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DaySerial } from "../core/dates/serial";
import type { WorkbookPort } from "../workbook/workbookPort";
import { BookWarnings } from "./components/today/BookWarnings";
import { BusyIndicator } from "./components/common/BusyIndicator";
import { EmptyState } from "./components/setup/EmptyState";
import { ErrorBar } from "./components/common/ErrorBar";
import { MappingScreen } from "./components/mapping/MappingScreen";
import { LoadedPane } from "./components/LoadedPane";
import { useBook, type UseBook } from "./hooks/useBook";
import { useDelayedFlag } from "./hooks/useDelayedFlag";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0 },
});

export interface AppProps {
  readonly port: WorkbookPort;
  /** Today's date serial, asked for whenever it is needed (the pane may stay open past midnight). */
  readonly today: () => DaySerial;
  /** Outside Office: a sample book in memory, said so on screen. */
  readonly preview?: boolean;
}

export function App({ port, today, preview = false }: AppProps) {
  const styles = useStyles();
  const book = useBook(port, today);
  const [asOf, setAsOf] = useState(today);
  const [editingColumns, setEditingColumns] = useState(false);
  const failed = book.state.kind === "failed";

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          Relationship Hour
        </Title3>
        <BusyIndicator label={book.busy} />
        {book.state.kind === "loaded" && (
          // Here, not on a tab: after editing the workbook by hand, one click from anywhere.
          <Button size="small" disabled={book.busy !== null} onClick={() => void book.refresh()}>
            Refresh
          </Button>
        )}
      </header>
      {preview && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Preview — not connected to a workbook</MessageBarTitle>A sample client
            list held in this page; changes are lost when it closes. Open the add-in from Excel to
            use your own.
          </MessageBarBody>
        </MessageBar>
      )}
      {book.problem && !failed && (
        <ErrorBar problem={book.problem} onDismiss={book.dismissProblem} />
      )}
      <Screen
        book={book}
        asOf={asOf}
        setAsOf={setAsOf}
        today={today()}
        editingColumns={editingColumns}
        setEditingColumns={setEditingColumns}
      />
    </main>
  );
}

interface ScreenProps {
  readonly book: UseBook;
  readonly asOf: DaySerial;
  readonly setAsOf: (asOf: DaySerial) => void;
  readonly today: DaySerial;
  readonly editingColumns: boolean;
  readonly setEditingColumns: (editing: boolean) => void;
}

function Screen({ book, asOf, setAsOf, today, editingColumns, setEditingColumns }: ScreenProps) {
  const slowLoad = useDelayedFlag(book.state.kind === "loading");
  const busy = book.busy !== null;
  const { state } = book;
  switch (state.kind) {
    case "loading":
      return slowLoad ? <Spinner label="Reading the workbook…" /> : null;
    case "failed":
      return (
        <ErrorBar problem={book.problem ?? state.problem} onRetry={() => void book.refresh()} />
      );
    case "no-table":
      return (
        <EmptyState
          activeSheet={state.activeSheet}
          busy={busy}
          onInsertSample={() => void book.insertSample()}
          onMakeTable={() => void book.makeTable()}
          onRefresh={() => void book.refresh()}
        />
      );
    case "loaded":
      if (!state.book.mappingConfirmed || editingColumns) {
        return (
          <MappingScreen
            key={state.book.table.name}
            book={state.book}
            busy={busy}
            listTables={book.listTables}
            onChooseTable={(name) => void book.chooseTable(name)}
            onSave={(mapping) =>
              void book.saveMapping(mapping).then((saved) => saved && setEditingColumns(false))
            }
            onAddClientIds={(mapping) =>
              void book.addClientIds(mapping).then((added) => added && setEditingColumns(false))
            }
            onCancel={state.book.mappingConfirmed ? () => setEditingColumns(false) : undefined}
          />
        );
      }
      return (
        <>
          <BookWarnings book={state.book} />
          <LoadedPane
            book={state.book}
            actions={book}
            asOf={asOf}
            today={today}
            onAsOfChange={setAsOf}
            onEditColumns={() => setEditingColumns(true)}
          />
        </>
      );
  }
}
