/** How a household is named on the call list: "The Lopez household: Maria, Tom". */

/** The family's name in a label: "Lopez" in "Lopez", "The Lopez household", "Lopez, Maria & Tom". */
function familyOf(label: string): string {
  const comma = label.indexOf(",");
  return (comma > 0 ? label.slice(0, comma) : label)
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/\s+(household|family)$/i, "")
    .trim();
}

/** A CRM's household number ("1004", "HH-0042", "#17"), not a name: digits, at most a short code before them. */
function isNumberLabel(label: string): boolean {
  return /^\p{Lu}{0,4}[\s\-_#:.]*\d[\d\s\-_.]*$/u.test(label.trim());
}

/** The last name most of the members share ("Patel" for Isla Patel and Quinn Patel); "" if none. */
function sharedFamilyName(names: readonly string[]): string {
  const counts = new Map<string, { name: string; count: number }>();
  for (const name of names) {
    const words = name.trim().split(/\s+/);
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    const seen = counts.get(last.toLowerCase());
    if (seen === undefined) counts.set(last.toLowerCase(), { name: last, count: 1 });
    else seen.count++;
  }
  let best = { name: "", count: 0 };
  for (const entry of counts.values()) if (entry.count > best.count) best = entry;
  return best.name;
}

/**
 * The label a household is called by: its own, or for a household number the family name its
 * members share, so the list says "The Patel household" rather than "The 1004 household".
 */
function namingLabel(label: string, names: readonly string[]): string {
  return isNumberLabel(label) ? sharedFamilyName(names) || label : label;
}

/**
 * "Lopez" → "The Lopez household"; a label that already says family or household is kept; a CRM's
 * "Lopez, Maria & Tom" is the Lopez household; a household number takes the members' family name
 * (given the members' names).
 */
export function householdTitle(label: string, names: readonly string[] = []): string {
  const trimmed = namingLabel(label, names).trim();
  if (trimmed.indexOf(",") > 0) return `The ${familyOf(trimmed)} household`;
  if (/\b(household|family|familie|famille|familia)\b/i.test(trimmed))
    return /^the\s/i.test(trimmed) ? trimmed : `The ${trimmed}`;
  return `The ${trimmed} household`;
}

/**
 * A member's name within the household: the family name the label carries is left out ("Maria
 * Lopez" in the Lopez household is Maria); a name that does not carry it is kept whole.
 */
export function memberName(name: string, label: string): string {
  const family = familyOf(label).toLowerCase();
  const words = name.trim().split(/\s+/);
  if (family === "" || words.length < 2) return name.trim();
  const last = words[words.length - 1].toLowerCase();
  if (last === family) return words.slice(0, -1).join(" ");
  // "Lopez, Maria", as CRM exports write it.
  const comma = name.indexOf(",");
  if (comma > 0 && name.slice(0, comma).trim().toLowerCase() === family)
    return name.slice(comma + 1).trim();
  return name.trim();
}

/** "The Lopez household: Maria, Tom". */
export function householdHeading(label: string, names: readonly string[]): string {
  const named = namingLabel(label, names);
  return `${householdTitle(named)}: ${names.map((n) => memberName(n, named)).join(", ")}`;
}
