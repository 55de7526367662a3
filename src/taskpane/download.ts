/**
 * Saving text as a file from the pane: the one place that touches the browser's download
 * machinery, so components stay testable with URL.createObjectURL stubbed.
 *
 * Whether the file arrives depends on the host: a browser (Excel on the web) saves it, but the
 * web views of desktop Excel may ignore a download from the add-in's frame without any error to
 * catch. The pane therefore always offers the same text to copy as well (CalendarFileActions).
 */

/** How long the object URL outlives the click: some browsers read it only after click() returns. */
const REVOKE_AFTER_MS = 10_000;

export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  // Older Firefox follows a link only when it is in the document.
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** An iCalendar file (RFC 5545: text/calendar, UTF-8 by default). */
export function downloadCalendar(name: string, text: string): void {
  downloadText(name, text, "text/calendar");
}
