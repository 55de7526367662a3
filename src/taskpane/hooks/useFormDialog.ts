/**
 * A dialog's form: checks shown only after the first attempt to submit, nothing sent while a field
 * is wrong, the save's failure kept in the form, the dialog closed when the save succeeds.
 */
import { useState, type FormEvent } from "react";
import type { Problem } from "../problem";
import { useDelayedFlag } from "./useDelayedFlag";

export interface FormDialogState {
  /** The user tried to submit: show the fields' checks. */
  readonly touched: boolean;
  readonly saving: boolean;
  /** Saving has taken over half a second: show a spinner. */
  readonly slow: boolean;
  readonly problem: Problem | null;
  readonly submit: (event: FormEvent) => Promise<void>;
}

/**
 * @param draft what to save, or null while a field is wrong
 * @param save resolves to null when saved, else to what went wrong
 */
export function useFormDialog<D>(
  draft: D | null,
  save: (draft: D) => Promise<Problem | null>,
  onClose: () => void
): FormDialogState {
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const slow = useDelayedFlag(saving);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (draft === null) return;
    setSaving(true);
    setProblem(null);
    const failed = await save(draft);
    setSaving(false);
    if (failed === null) onClose();
    else setProblem(failed);
  };

  return { touched, saving, slow, problem, submit };
}
