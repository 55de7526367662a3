/**
 * `log --family TEXT --occupation TEXT --interests TEXT`: what the conversation taught, kept as the
 * log dialog keeps it (app/profileActions.ts). Only the options given count; "" erases a field.
 */
import { splitChanges } from "../app/profileActions";
import type { LoadedBook } from "../app/loadBook";
import type { BookClient } from "../core/book/clientBook";
import {
  PROFILE_FIELDS,
  PROFILE_LABELS,
  profileChanges,
  type ProfileEdit,
} from "../core/book/clientProfile";
import { text } from "./args";
import { CliError, type Parsed } from "./command";

export function profileOptions(args: Parsed): ProfileEdit {
  const edit: ProfileEdit = {};
  for (const field of PROFILE_FIELDS) {
    const value = text(args, field);
    if (value !== undefined) edit[field] = value;
  }
  return edit;
}

/** " Kept: occupation "retired pilot"." for the report line; "" when nothing changed. */
export function learnedText(changes: ProfileEdit): string {
  const parts = PROFILE_FIELDS.filter((f) => changes[f] !== undefined).map((f) =>
    changes[f] === "" ? `${f} erased` : `${f} "${changes[f]}"`
  );
  return parts.length === 0 ? "" : ` Kept: ${parts.join(", ")}.`;
}

/**
 * A failure to keep a field on the plan (this file's format cannot take a new sheet yet) as one
 * clear line saying what to do instead; any other error as it was.
 */
export function onPlanRefused(
  where: string,
  book: LoadedBook,
  client: BookClient,
  profile: ProfileEdit,
  error: unknown
): unknown {
  const { onPlan } = splitChanges(book, profileChanges(client.record.profile, profile));
  const fields = PROFILE_FIELDS.filter((f) => onPlan[f] !== undefined);
  if (fields.length === 0 || !(error instanceof Error)) return error;
  const columns = fields.map((f) => `"${PROFILE_LABELS[f]}"`).join(", ");
  return new CliError(
    `${where} has no ${columns} column, and the client's plan cannot be written here (${error.message}); add the column to the table, or log the contact in the add-in, which keeps it on the plan. Nothing was written.`
  );
}
