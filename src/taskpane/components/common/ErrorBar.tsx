import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Problem } from "../../problem";

interface Props {
  readonly problem: Problem;
  readonly onDismiss?: () => void;
  readonly onRetry?: () => void;
}

/** An error in the pane: what failed, why, and what to do next. */
export function ErrorBar({ problem, onDismiss, onRetry }: Props) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{problem.title}</MessageBarTitle>
        {problem.message} {problem.whatToDo}
      </MessageBarBody>
      {(onRetry || onDismiss) && (
        <MessageBarActions>
          {onRetry && <Button onClick={onRetry}>Try again</Button>}
          {onDismiss && <Button onClick={onDismiss}>Dismiss</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
