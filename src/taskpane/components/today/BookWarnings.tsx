import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import type { LoadedBook } from "../../../app/loadBook";
import { SETTINGS_SHEET } from "../../../core/book/settings";
import { ProblemList } from "../common/ProblemList";

/** What the last read could not use: client cells (listed on request) and settings cells. */
export function BookWarnings({ book }: { readonly book: LoadedBook }) {
  const [showRows, setShowRows] = useState(false);
  const cells = book.problems.length;
  return (
    <>
      {cells > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {cells === 1 ? "1 cell not read" : `${cells} cells not read`}
            </MessageBarTitle>
            Some cells of the client table could not be read; their clients are in use with those
            fields blank.
          </MessageBarBody>
          <MessageBarActions>
            <Button aria-expanded={showRows} onClick={() => setShowRows(!showRows)}>
              {showRows ? "Hide the cells" : "Show the cells"}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {showRows && <ProblemList problems={book.problems} />}
      {book.settingsProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Some settings could not be used</MessageBarTitle>
            Fix them on the {SETTINGS_SHEET} sheet and choose Refresh; defaults apply meanwhile.
            <ul>
              {book.settingsProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
