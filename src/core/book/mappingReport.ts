/**
 * Saying what was read: which column each field came from, which key fields have no column and
 * what that costs, and whether a named owner is anyone in the book. A book read wrongly without a
 * word (every client "never contacted", no owner known) is worse than one that will not open.
 */
import { CLIENT_FIELDS, NAME_PARTS, type ClientField, type ColumnMapping } from "./clientFields";
import { ownerKey } from "../today/callList";

export interface FieldSource {
  readonly field: ClientField;
  readonly label: string;
  readonly headers: readonly string[];
}

/** Each field that has a column, in the fields' order; name parts are shown with the name. */
export function fieldSources(mapping: ColumnMapping): FieldSource[] {
  return CLIENT_FIELDS.flatMap((f) => {
    const header = mapping[f.field];
    return header === undefined ? [] : [{ field: f.field, label: f.label, headers: [header] }];
  });
}

/** One line: `Client ID ← "Contact ID"; First name ← "First Name"; …`, then the columns not used. */
export function describeMapping(mapping: ColumnMapping, headers: readonly string[]): string {
  const used = new Set(Object.values(mapping));
  const taken = fieldSources(mapping)
    .map((s) => `${s.label} ← "${s.headers.join('" + "')}"`)
    .join("; ");
  const unused = headers.filter((h) => h !== "" && !used.has(h));
  return `${taken || "no column recognised"}${unused.length === 0 ? "" : `; not used: ${unused.map((h) => `"${h}"`).join(", ")}`}`;
}

/** One warning per key field without a column, saying what the rotation loses. */
export function missingKeyFields(mapping: ColumnMapping): string[] {
  const warnings: string[] = [];
  if (mapping.id === undefined)
    warnings.push(
      'no client ID column (Client ID, Contact ID, Account ID…): clients are shown as "row N", and nothing is written to them until IDs are added'
    );
  if (mapping.name === undefined && NAME_PARTS.every((f) => mapping[f] === undefined))
    warnings.push(
      mapping.household === undefined
        ? "no name column (Name, Client, First/Last Name…): clients are shown by their ID"
        : "no person's name column (Name, First/Last Name…): clients are shown by their household"
    );
  if (mapping.lastContact === undefined)
    warnings.push(
      "no last-contact column (Last contact, Last Activity Date, Last Contacted…): every client counts as never contacted"
    );
  if (mapping.owner === undefined)
    warnings.push(
      "no owner column (Owner, Advisor, Assigned Advisor, Account Owner…): nobody's list can be told from the team's"
    );
  return warnings;
}

/** The owners in the book as they are written, each once, sorted. */
export function knownOwners(owners: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const owner of owners) {
    const key = ownerKey(owner);
    if (key !== "" && !byKey.has(key)) byKey.set(key, owner.trim());
  }
  return [...byKey.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A warning when a named owner matches no client's owner, listing those it knows; else null. */
export function unknownOwnerWarning(owner: string, owners: readonly string[]): string | null {
  const key = ownerKey(owner);
  if (key === "" || owners.some((o) => ownerKey(o) === key)) return null;
  const known = knownOwners(owners);
  return `owner "${owner.trim()}" matches no client's owner (${known.length === 0 ? "the book names no owners" : `owners: ${known.join(", ")}`})`;
}
