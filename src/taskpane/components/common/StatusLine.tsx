import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Status } from "../../hooks/useStatus";

interface Props {
  readonly status: Status | null;
  readonly busy: boolean;
  readonly onGoTo: (sheet: string) => void;
  readonly onDismiss: () => void;
}

/** What the last action did, in one line; the live region is always there so it is announced. */
export function StatusLine({ status, busy, onGoTo, onDismiss }: Props) {
  const sheet = status?.sheet;
  const action = status?.action;
  return (
    <div role="status">
      {status !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{status.message}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="Dismiss" onClick={onDismiss}>
                ✕
              </Button>
            }
          >
            {action !== undefined && (
              <Button
                disabled={busy}
                onClick={() => {
                  onDismiss();
                  action.run();
                }}
              >
                {action.label}
              </Button>
            )}
            {sheet !== undefined && (
              <Button disabled={busy} onClick={() => onGoTo(sheet)}>
                Go to the sheet
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
