import { Body1, Button, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { LoadedBook } from "../../../app/loadBook";
import type { ColumnMapping } from "../../../core/book/clientFields";
import type { TableInfo } from "../../../workbook/workbookPort";
import { ProblemList } from "../common/ProblemList";
import { ColumnFields } from "./ColumnFields";
import { MappingWarnings } from "./MappingWarnings";
import { MissingIdWarning } from "./MissingIdWarning";
import { TablePicker } from "./TablePicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  readonly book: LoadedBook;
  readonly busy: boolean;
  readonly listTables: () => Promise<TableInfo[]>;
  readonly onChooseTable: (name: string) => void;
  readonly onSave: (mapping: ColumnMapping) => void;
  readonly onAddClientIds: (mapping: ColumnMapping) => void;
  /** Offered when a mapping is already saved: leave without changing it. */
  readonly onCancel?: () => void;
}

/** Confirm or change which column means what; saved in the workbook. */
export function MappingScreen({
  book,
  busy,
  listTables,
  onChooseTable,
  onSave,
  onAddClientIds,
  onCancel,
}: Props) {
  const styles = useStyles();
  const headingId = useId();
  const [mapping, setMapping] = useState<ColumnMapping>(book.mapping);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId}>
        Which column means what
      </Subtitle1>
      <Body1 as="p">
        Table {book.table.name} on the sheet {book.table.sheet}, {book.table.rowCount} rows. The
        columns below are a guess from the headers: change any that are wrong, then save. The choice
        is kept in the workbook.
      </Body1>
      <TablePicker
        current={book.table.name}
        busy={busy}
        listTables={listTables}
        onChooseTable={onChooseTable}
      />
      {mapping.id === undefined && (
        <MissingIdWarning busy={busy} onAddClientIds={() => onAddClientIds(mapping)} />
      )}
      <MappingWarnings mapping={mapping} />
      <ColumnFields headers={book.table.headers} mapping={mapping} onChange={setMapping} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => onSave(mapping)}>
          Save columns
        </Button>
        {onCancel && (
          <Button disabled={busy} onClick={onCancel}>
            Back to today
          </Button>
        )}
      </div>
      <ProblemList problems={book.problems} />
    </section>
  );
}
