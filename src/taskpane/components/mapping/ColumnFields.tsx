import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import {
  CLIENT_FIELDS,
  type ClientField,
  type ColumnMapping,
} from "../../../core/book/clientFields";

const useStyles = makeStyles({
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(200px, 1fr))",
    gap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalM,
  },
});

interface Props {
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly onChange: (mapping: ColumnMapping) => void;
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

/** One choice of column per client field, warning where two fields share a column. */
export function ColumnFields({ headers, mapping, onChange }: Props) {
  const styles = useStyles();
  const choose = (field: ClientField, header: string) => {
    const next = { ...mapping };
    if (header === NOT_MAPPED) delete next[field];
    else next[field] = header;
    onChange(next);
  };
  return (
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
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
