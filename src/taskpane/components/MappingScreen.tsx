import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { LoadedBook } from "../../app/loadBook";
import { CLIENT_FIELDS, type ClientField, type ColumnMapping } from "../../core/book/clientFields";
import { CONTACT_LOG_TABLE } from "../../core/book/contactLog";
import type { TableInfo } from "../../workbook/workbookPort";
import { MappingWarnings } from "./MappingWarnings";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(200px, 1fr))",
    gap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalM,
  },
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

const NOT_MAPPED = "";

/** The other fields that use the same column, for a warning under each. */
function sharedWith(mapping: ColumnMapping, field: ClientField): string[] {
  const header = mapping[field];
  if (header === undefined) return [];
  return CLIENT_FIELDS.filter((f) => f.field !== field && mapping[f.field] === header).map(
    (f) => f.label
  );
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
  const [tables, setTables] = useState<TableInfo[]>([]);

  useEffect(() => {
    let live = true;
    // Only to offer other tables; when listing fails the current one is still fine.
    listTables().then(
      (all) => live && setTables(all.filter((t) => t.name !== CONTACT_LOG_TABLE)),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [listTables]);

  const choose = (field: ClientField, header: string) => {
    const next = { ...mapping };
    if (header === NOT_MAPPED) delete next[field];
    else next[field] = header;
    setMapping(next);
  };

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
      {tables.length > 1 && (
        <Field label="Client table">
          <Select
            value={book.table.name}
            disabled={busy}
            onChange={(_, data) => onChooseTable(data.value)}
          >
            {tables.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name} ({t.sheet})
              </option>
            ))}
          </Select>
        </Field>
      )}
      {mapping.id === undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No client ID column</MessageBarTitle>
            The add-in finds each client again by a stable ID, never by row number, so clients
            without one are shown by row and nothing is written to them. Choose the ID column below,
            or add one filled with IDs (C-0001, C-0002…).
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => onAddClientIds(mapping)}>
              Add a Client ID column
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <MappingWarnings mapping={mapping} />
      <div className={styles.fields}>
        {CLIENT_FIELDS.map((f) => {
          const shared = sharedWith(mapping, f.field);
          return (
            <Field
              key={f.field}
              label={f.label}
              validationState={shared.length > 0 ? "warning" : "none"}
              validationMessage={
                shared.length > 0 ? `The same column as ${shared.join(", ")}` : undefined
              }
            >
              <Select
                value={mapping[f.field] ?? NOT_MAPPED}
                onChange={(_, data) => choose(f.field, data.value)}
              >
                <option value={NOT_MAPPED}>(not in the table)</option>
                {book.table.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
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
