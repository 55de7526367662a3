/**
 * A cell value (or any text from a file) shown inside one line of a message: newlines, tabs and
 * other control characters are written as escapes, so a value cannot start a fake second line
 * of a warning ("…\nrelationship-hour: all fine") or move the cursor in a terminal.
 */
const NAMED: Readonly<Record<number, string>> = { 9: "\\t", 10: "\\n", 13: "\\r" };

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

export function oneLine(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) out += text[i];
    else out += NAMED[code] ?? `\\u${code.toString(16).padStart(4, "0")}`;
  }
  return out;
}

/** True when the text holds a character oneLine would escape. */
export function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
  return false;
}
