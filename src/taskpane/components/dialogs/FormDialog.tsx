/**
 * The frame the pane's form dialogs share: a dialog open while it has a target, and inside it a
 * form with a title, the save's failure, the fields, a spinner while saving, Save and Cancel.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from "@fluentui/react-components";
import { Fragment, useRef, type ReactNode } from "react";
import type { FormDialogState } from "../../hooks/useFormDialog";
import { ErrorBar } from "../common/ErrorBar";
import { useDialogStyles } from "./dialogStyles";

interface FormDialogProps<T> {
  readonly target: T | null;
  /** A new key starts a fresh form (another client's dialog keeps nothing of the last one). */
  readonly keyOf: (target: T) => string;
  readonly onClose: () => void;
  readonly children: (target: T) => ReactNode;
}

export function FormDialog<T>({ target, keyOf, onClose, children }: FormDialogProps<T>) {
  // The last target stays on the surface while the dialog animates closed.
  const last = useRef(target);
  if (target !== null) last.current = target;
  const shown = target ?? last.current;
  return (
    <Dialog open={target !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        {shown !== null && <Fragment key={keyOf(shown)}>{children(shown)}</Fragment>}
      </DialogSurface>
    </Dialog>
  );
}

interface DialogFormProps {
  readonly form: FormDialogState;
  readonly title: string;
  readonly submitLabel: string;
  /** The spinner's words while saving ("Snoozing…"). */
  readonly savingLabel: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function DialogForm({
  form,
  title,
  submitLabel,
  savingLabel,
  onClose,
  children,
}: DialogFormProps) {
  const styles = useDialogStyles();
  return (
    <form onSubmit={form.submit} noValidate>
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent className={styles.content}>
          {form.problem && <ErrorBar problem={form.problem} />}
          {children}
          {form.slow && <Spinner size="tiny" labelPosition="after" label={savingLabel} />}
        </DialogContent>
        <DialogActions>
          <Button type="submit" appearance="primary" disabled={form.saving}>
            {submitLabel}
          </Button>
          <Button disabled={form.saving} onClick={onClose}>
            Cancel
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
