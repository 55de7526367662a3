import { Field, Input, Select } from "@fluentui/react-components";
import type { ContactIntroduction } from "../../../app/contactActions";
import {
  INTRODUCTION_RESULTS,
  type IntroductionResult,
} from "../../../core/introductions/introductions";

/** What the fields hold; `other` blank means no introduction came up. */
export interface IntroductionValue {
  readonly kind: ContactIntroduction["kind"];
  readonly other: string;
  readonly result: IntroductionResult;
}

export const NO_INTRODUCTION: IntroductionValue = { kind: "made", other: "", result: "not yet" };

/** The introduction to log with the contact, or null when none came up. */
export function introductionOf(value: IntroductionValue): ContactIntroduction | null {
  const other = value.other.trim();
  return other === "" ? null : { ...value, other };
}

interface Props {
  readonly name: string;
  readonly value: IntroductionValue;
  readonly onChange: (value: IntroductionValue) => void;
}

/**
 * An introduction that came up in the contact: whom the client introduced (a client ID or a new
 * name), or who introduced the client (a client ID); and what came of it. Kept apart from the log
 * dialog's own fields, which the dialog owns.
 */
export function IntroductionFields({ name, value, onChange }: Props) {
  return (
    <>
      <Field label="Introduction" hint="Leave blank when none came up.">
        <Select
          value={value.kind}
          onChange={(_, data) =>
            onChange({
              ...value,
              kind: data.value as IntroductionValue["kind"],
              // Someone who introduced a client is usually one already: the contact made them one.
              result: data.value === "came by" ? "became a client" : value.result,
            })
          }
        >
          <option value="made">{`${name} introduced…`}</option>
          <option value="came by">{`${name} was introduced by… (client ID)`}</option>
        </Select>
      </Field>
      <Field
        label={
          value.kind === "made" ? "Introduced (name or client ID)" : "Introduced by (client ID)"
        }
      >
        <Input
          value={value.other}
          onChange={(_, data) => onChange({ ...value, other: data.value })}
        />
      </Field>
      <Field label="What came of it">
        <Select
          value={value.result}
          disabled={value.other.trim() === ""}
          onChange={(_, data) => onChange({ ...value, result: data.value as IntroductionResult })}
        >
          {INTRODUCTION_RESULTS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
