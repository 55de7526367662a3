/** An error as the pane shows it: what failed, the reason, and what the user can do about it. */
export interface Problem {
  readonly title: string;
  readonly message: string;
  readonly whatToDo: string;
}

const RETRY_ADVICE =
  "If a cell is being edited, press Enter or Esc in Excel first. Then try again; if it keeps failing, choose Refresh.";

/** Wraps anything thrown by the workbook into a Problem for the pane. */
export function problemFrom(error: unknown, doing: string): Problem {
  const message = error instanceof Error ? error.message : String(error);
  return {
    title: `Could not ${doing}`,
    message: message || "Excel gave no reason.",
    whatToDo: RETRY_ADVICE,
  };
}

/** A write the workbook refused (the client is gone, the table changed…): its message says why. */
export function refusal(message: string, doing: string): Problem {
  return {
    title: `Could not ${doing}`,
    message,
    whatToDo: "Choose Refresh to read the workbook again, then try once more.",
  };
}
