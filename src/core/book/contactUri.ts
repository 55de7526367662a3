/**
 * tel: and mailto: links from what a cell holds, carrying only the number or the address: a cell
 * reading "a@b.com?bcc=them@x.com&body=…" or "+1 555;phone-context=…" must not add recipients,
 * a prefilled message or dialling parameters to the link the user clicks.
 */

/** One plain address: no spaces, no second "@", nothing a URI or a header list would split on. */
const ADDRESS =
  /^[A-Za-z0-9.!$'*+\-/=^_`{|}~]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

/** The address a cell holds ("Dana <dana@x.com>" or " dana@x.com "), or null when not exactly one. */
export function emailAddress(cell: string): string | null {
  const text = cell.trim();
  const angled = /^[^<>]*<([^<>]+)>$/.exec(text);
  const address = angled !== null ? angled[1].trim() : text;
  return ADDRESS.test(address) ? address : null;
}

export function mailtoUri(cell: string): string | null {
  const address = emailAddress(cell);
  // encodeURIComponent keeps "@" out of the way and turns any "?", "&", "#" into plain text.
  return address === null ? null : `mailto:${encodeURIComponent(address).replace("%40", "@")}`;
}

/** Digits, with a leading "+"; spaces, brackets and dashes are for reading. Null without digits. */
export function phoneNumber(cell: string): string | null {
  const text = cell.trim();
  // Stop at the first character that begins parameters or a second number.
  const first = text.split(/[;,?&#/]|\s{2,}|\bext\b|\bx\b/i)[0];
  const digits = first.replace(/\D/g, "");
  if (digits === "") return null;
  return `${first.trimStart().startsWith("+") ? "+" : ""}${digits}`;
}

export function telUri(cell: string): string | null {
  const number = phoneNumber(cell);
  return number === null ? null : `tel:${number}`;
}
