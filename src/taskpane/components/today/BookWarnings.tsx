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

/** What the last read could not use: skipped rows (listed on request) and settings cells. */
export function BookWarnings({ book }: { readonly book: LoadedBook }) {
  const [showRows, setShowRows] = useState(false);
  const rows = new Set(book.problems.map((p) => p.rowNumber)).size;
  return (
    <>
      {rows > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {rows === 1 ? "1 row skipped" : `${rows} rows skipped`}
            </MessageBarTitle>
            Some cells of the client table could not be read; everything else is in use.
          </MessageBarBody>
          <MessageBarActions>
            <Button aria-expanded={showRows} onClick={() => setShowRows(!showRows)}>
              {showRows ? "Hide the rows" : "Show the rows"}
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
