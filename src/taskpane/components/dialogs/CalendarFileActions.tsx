import { Body1, Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { CalendarFile } from "../../../app/calendarActions";
import { copyText } from "../../clipboard";
import { downloadCalendar } from "../../download";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
  ics: { fontFamily: tokens.fontFamilyMonospace },
});

interface Props {
  /** The file to hand over; null while the choices cannot make one (the buttons are disabled). */
  readonly file: CalendarFile | null;
}

type Handed = "downloaded" | "copied" | "select";

/**
 * Download a calendar file, or copy its text. Desktop Excel's web views may drop a download from
 * the add-in without telling anyone, so copying is always on offer beside it: the text pasted into
 * a file named .ics works the same, and where the clipboard is refused too, the text is shown
 * selected for Ctrl+C. Opening the system browser (Office.context.ui.openBrowserWindow) was not
 * chosen: it needs a page on our server, and browsers refuse top-level data: URLs.
 */
export function CalendarFileActions({ file }: Props) {
  const styles = useStyles();
  // What was done with which text: a changed file (another start time, say) clears the message.
  const [done, setDone] = useState<{ readonly text: string; readonly outcome: Handed } | null>(
    null
  );
  const outcome = file !== null && done?.text === file.text ? done.outcome : null;
  const textArea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (outcome === "select") textArea.current?.select();
  }, [outcome]);

  const download = () => {
    if (file === null) return;
    downloadCalendar(file.name, file.text);
    setDone({ text: file.text, outcome: "downloaded" });
  };
  const copy = async () => {
    if (file === null) return;
    const copied = await copyText(file.text);
    setDone({ text: file.text, outcome: copied ? "copied" : "select" });
  };

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={file === null} onClick={download}>
          Download the calendar file
        </Button>
        <Button disabled={file === null} onClick={() => void copy()}>
          Copy the calendar text
        </Button>
      </div>
      {file !== null && (
        <Body1 as="p" role="status" className={styles.text}>
          {outcome === "downloaded" &&
            `“${file.name}” is in your downloads: open it to add it to Outlook or your calendar app. No file? Excel may block downloads here: copy the text instead.`}
          {outcome === "copied" &&
            `Copied. Paste it into a new text file saved as “${file.name}”, then open that file.`}
          {outcome === "select" &&
            `Copying is blocked here: the text below is selected, press Ctrl+C (⌘C on a Mac), then paste it into a new text file saved as “${file.name}”.`}
        </Body1>
      )}
      {outcome === "select" && file !== null && (
        <Field label="Calendar text (.ics)">
          <Textarea
            ref={textArea}
            readOnly
            resize="vertical"
            rows={6}
            value={file.text}
            textarea={{ className: styles.ics }}
          />
        </Field>
      )}
    </div>
  );
}
