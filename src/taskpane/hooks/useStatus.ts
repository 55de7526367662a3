/**
 * The pane's one status line: each message replaces the last, so a practice writing a hundred
 * sheets sees one line, not a hundred; a message about a sheet can take the user there.
 */
import { useCallback, useState } from "react";

export interface Status {
  readonly message: string;
  /** The sheet the message is about: offered as "Go to the sheet". */
  readonly sheet?: string;
  /** What can be done about it now, such as "Undo". */
  readonly action?: { readonly label: string; readonly run: () => void };
}

export interface StatusLine {
  readonly status: Status | null;
  readonly say: (message: string, sheet?: string, action?: Status["action"]) => void;
  readonly clear: () => void;
}

export function useStatus(): StatusLine {
  const [status, setStatus] = useState<Status | null>(null);
  const say = useCallback(
    (message: string, sheet?: string, action?: Status["action"]) =>
      setStatus({ message, sheet, action }),
    []
  );
  const clear = useCallback(() => setStatus(null), []);
  return { status, say, clear };
}
