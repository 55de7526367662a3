/** Copying text from the pane, the other way a file's content reaches the user. */

/**
 * True when the text is on the clipboard. The add-in's frame may be denied the clipboard (no
 * clipboard-write permission, or an older web view without navigator.clipboard): then false, and
 * the caller shows the text selected for Ctrl+C instead.
 */
export async function copyText(text: string): Promise<boolean> {
  // Typed as always there, but absent outside secure contexts and in older web views.
  if (typeof navigator.clipboard?.writeText !== "function") return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
