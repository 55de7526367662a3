/**
 * "What we know" in the log dialog: family, occupation and interests as on record, to change what
 * the conversation taught. Kept in the client table's column when it has one, else on the plan.
 */
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { PROFILE_FIELDS, PROFILE_LABELS } from "../../../core/book/clientProfile";
import type { ContactDraftState, ContactFields } from "../../hooks/useContactDraft";

const useStyles = makeStyles({
  // A group with a name for screen readers, laid out like the dialog's other fields.
  group: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
});

interface Props {
  readonly fields: ContactFields;
  readonly set: ContactDraftState["set"];
}

export function ProfileFields({ fields, set }: Props) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>What we know (kept for the next call)</legend>
      {PROFILE_FIELDS.map((field) => (
        <Field key={field} label={PROFILE_LABELS[field]}>
          <Input value={fields[field]} onChange={(_, data) => set(field, data.value)} />
        </Field>
      ))}
    </fieldset>
  );
}
