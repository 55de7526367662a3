/**
 * What was learned about a client (the seeds' FORM: family, occupation, recreation), and how an
 * edit of it is told from what is on record. Each field lives in the client table's column when
 * the book has one, else on the client's plan sheet (sheets/whatWeKnow.ts).
 */
import type { ClientProfile } from "./clientRows";
import type { ColumnMapping } from "./clientFields";

export type ProfileField = keyof ClientProfile;

/** In the order the card, the dialog and the plan show them. */
export const PROFILE_FIELDS: readonly ProfileField[] = ["family", "occupation", "interests"];

export const PROFILE_LABELS: Readonly<Record<ProfileField, string>> = {
  family: "Family",
  occupation: "Occupation",
  interests: "Interests",
};

export const EMPTY_PROFILE: ClientProfile = { family: "", occupation: "", interests: "" };

/** Some fields of a profile, as typed: a blank one erases what was known. */
export type ProfileEdit = Partial<Record<ProfileField, string>>;

/**
 * The fields whose text differs from the record (spaces around ignored); an empty object when
 * nothing changed, so logging a contact without touching the profile writes nothing more.
 */
export function profileChanges(before: ClientProfile, typed: ProfileEdit): ProfileEdit {
  const changes: ProfileEdit = {};
  for (const field of PROFILE_FIELDS) {
    const value = typed[field];
    if (value !== undefined && value.trim() !== before[field].trim()) changes[field] = value.trim();
  }
  return changes;
}

export function withProfile(before: ClientProfile, changes: ProfileEdit): ClientProfile {
  return { ...before, ...changes };
}

export function hasChanges(changes: ProfileEdit): boolean {
  return PROFILE_FIELDS.some((f) => changes[f] !== undefined);
}

/** The fields the client table has no column for: kept on the plan instead. */
export function fieldsOnPlan(mapping: ColumnMapping): ProfileField[] {
  return PROFILE_FIELDS.filter((f) => mapping[f] === undefined);
}
