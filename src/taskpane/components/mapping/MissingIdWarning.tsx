import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";

interface Props {
  readonly busy: boolean;
  readonly onAddClientIds: () => void;
}

/** Why a client ID column matters, and the offer to add one. */
export function MissingIdWarning({ busy, onAddClientIds }: Props) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>No client ID column</MessageBarTitle>
        The add-in finds each client again by a stable ID, never by row number, so clients without
        one are shown by row and nothing is written to them. Choose the ID column below, or add one
        filled with IDs (C-0001, C-0002…).
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={busy} onClick={onAddClientIds}>
          Add a Client ID column
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
