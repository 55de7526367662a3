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

/**
 * "Lopez" → "The Lopez household"; a label that already says family or household is kept; a CRM's
 * "Lopez, Maria & Tom" is the Lopez household.
 */
export function householdTitle(label: string): string {
  const trimmed = label.trim();
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
  return `${householdTitle(label)}: ${names.map((n) => memberName(n, label)).join(", ")}`;
}
