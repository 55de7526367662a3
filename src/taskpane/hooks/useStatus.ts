/**
 * The pane's one status line: each message replaces the last, so a practice writing a hundred
 * sheets sees one line, not a hundred; a message about a sheet can take the user there.
 */
import { useCallback, useState } from "react";

export interface Status {
  readonly message: string;
  /** The sheet the message is about: offered as "Go to the sheet". */
  readonly sheet?: string;
}

export interface StatusLine {
  readonly status: Status | null;
  readonly say: (message: string, sheet?: string) => void;
  readonly clear: () => void;
}

export function useStatus(): StatusLine {
  const [status, setStatus] = useState<Status | null>(null);
  const say = useCallback((message: string, sheet?: string) => setStatus({ message, sheet }), []);
  const clear = useCallback(() => setStatus(null), []);
  return { status, say, clear };
}
