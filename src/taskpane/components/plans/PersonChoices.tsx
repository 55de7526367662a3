/**
 * Whose review: the Twelve Days from my clients or the whole firm's, and the Time Budget of the
 * whole book or of one person of the practice (what they are responsible for against their hours).
 */
import { Field, Select } from "@fluentui/react-components";
import type { TwelveDaysScope } from "../../../core/reviews/twelveDaysPick";

/** The book's budget (live formulas) rather than a person's. */
export const WHOLE_BOOK = "";

export function TwelveDaysScopeField({
  me,
  scope,
  onChange,
}: {
  readonly me: string;
  readonly scope: TwelveDaysScope;
  readonly onChange: (scope: TwelveDaysScope) => void;
}) {
  // Without an "I am" every client is mine: there is nothing to choose.
  if (me.trim() === "") return null;
  return (
    <Field label="Twelve days: whose clients">
      <Select value={scope} onChange={(_, data) => onChange(data.value as TwelveDaysScope)}>
        <option value="mine">My clients ({me})</option>
        <option value="firm">The whole firm</option>
      </Select>
    </Field>
  );
}

export function BudgetPersonField({
  people,
  person,
  onChange,
}: {
  readonly people: readonly string[];
  readonly person: string;
  readonly onChange: (person: string) => void;
}) {
  return (
    <Field
      label="Time budget for"
      hint="A person's budget counts what they are responsible for against their hours."
    >
      <Select value={person} onChange={(_, data) => onChange(data.value)}>
        <option value={WHOLE_BOOK}>The whole book (live formulas)</option>
        {people.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </Select>
    </Field>
  );
}
