import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatIsoDate, type DaySerial } from "../../../core/dates/serial";
import { parseTextDate } from "../../../core/dates/textDate";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
});

interface Props {
  readonly asOf: DaySerial;
  readonly today: DaySerial;
  readonly onChange: (asOf: DaySerial) => void;
}

/** The day the list is for: today unless the advisor looks ahead (or back). */
export function AsOfPicker({ asOf, today, onChange }: Props) {
  const styles = useStyles();
  const [text, setText] = useState(formatIsoDate(asOf));
  const parsed = parseTextDate(text);

  const change = (value: string) => {
    setText(value);
    const date = parseTextDate(value);
    if (date.ok) onChange(date.value);
  };

  return (
    <div className={styles.row}>
      <Field
        label="As of"
        validationMessage={parsed.ok || text === "" ? undefined : parsed.problem.message}
      >
        <Input type="date" value={text} onChange={(_, data) => change(data.value)} />
      </Field>
      {asOf !== today && (
        <Button
          onClick={() => {
            setText(formatIsoDate(today));
            onChange(today);
          }}
        >
          Back to today
        </Button>
      )}
    </div>
  );
}
