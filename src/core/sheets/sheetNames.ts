/**
 * Worksheet names as Excel allows them: at most 31 characters, none of \ / ? * [ ] :, not
 * starting or ending with an apostrophe, not "History", and unique ignoring case.
 */
const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX_LENGTH = 31;

export function sanitiseSheetName(name: string): string {
  let clean = name
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (clean === "" || clean.toLowerCase() === "history") clean = `Sheet ${clean}`.trim();
  return clean.slice(0, MAX_LENGTH).trim();
}

/** A name for a new sheet that no existing sheet has: "Ames", then "Ames (2)", "Ames (3)"… */
export function uniqueSheetName(name: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  const base = sanitiseSheetName(name);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length).trim()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
