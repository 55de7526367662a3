/**
 * What the log dialog (and `log --family …`) learned about a client: each changed field goes to
 * the client's row when the table has its column (in the contact's own batch), else to the
 * "What we know" block of the client's plan (a plan is made when the client has none).
 */
import type { BookClient } from "../core/book/clientBook";
import {
  PROFILE_FIELDS,
  PROFILE_LABELS,
  hasChanges,
  withProfile,
  type ProfileEdit,
} from "../core/book/clientProfile";
import type { Cell } from "../core/cells/cells";
import { cellTextProblem } from "../core/cells/cellTextLimit";
import type { DaySerial } from "../core/dates/serial";
import { PLAN_ROWS } from "../core/sheets/planSheet";
import { profileFromBlock, whatWeKnowLayout, whatWeKnowName } from "../core/sheets/whatWeKnow";
import type { ClientRowUpdate, WorkbookPort } from "../workbook/workbookPort";
import type { LoadedBook } from "./loadBook";
import { generatePlan } from "./planActions";
import { loadRegistry } from "./planRegistry";
import { writeOwnedSheet } from "./writeOwnedSheet";
import { householdPlanOf } from "./householdPlan";
import { withPlanProfiles } from "./planProfile";

/** The changes split by where they are kept. */
export function splitChanges(
  book: LoadedBook,
  changes: ProfileEdit
): { readonly inRow: ProfileEdit; readonly onPlan: ProfileEdit } {
  const inRow: ProfileEdit = {};
  const onPlan: ProfileEdit = {};
  for (const field of PROFILE_FIELDS) {
    const value = changes[field];
    if (value === undefined) continue;
    if (book.mapping[field] !== undefined) inRow[field] = value;
    else onPlan[field] = value;
  }
  return { inRow, onPlan };
}

/** A message when a changed field is too long for a cell; null when all fit. */
export function profileTextProblem(changes: ProfileEdit): string | null {
  for (const field of PROFILE_FIELDS) {
    const problem = cellTextProblem(PROFILE_LABELS[field].toLowerCase(), changes[field] ?? "");
    if (problem !== null) return problem;
  }
  return null;
}

/**
 * The contact's row update with the changed columns added; one of its own when the contact moves
 * nothing (an inbound call still teaches something). Null when there is nothing to write.
 */
export function withProfileValues(
  update: ClientRowUpdate | null,
  book: LoadedBook,
  client: BookClient,
  inRow: ProfileEdit
): ClientRowUpdate | null {
  const values: Record<string, Cell> = {};
  for (const field of PROFILE_FIELDS) {
    const header = book.mapping[field];
    const value = inRow[field];
    if (header !== undefined && value !== undefined) values[header] = value;
  }
  if (Object.keys(values).length === 0) return update;
  if (update !== null) return { ...update, values: { ...update.values, ...values } };
  const id = book.mapping.id;
  if (id === undefined) return null;
  return { table: book.table.name, idHeader: id, clientId: client.id, values };
}

/**
 * Writes the plan-kept changes to the client's plan: only the block when the plan exists (read
 * again first, so what was typed there meanwhile stays), else a whole new plan. Returns the sheet.
 */
export async function keepOnPlan(
  port: WorkbookPort,
  book: LoadedBook,
  client: BookClient,
  onPlan: ProfileEdit,
  asOf: DaySerial
): Promise<string | null> {
  if (!hasChanges(onPlan)) return null;
  const registry = await loadRegistry(port);
  if (householdPlanOf(book, client) !== null) {
    // On the household's plan, each member has a row: the plan is written again with the change,
    // over what every member's row holds now.
    const latest = await withPlanProfiles(port, book, registry);
    const member = latest.clients.find((c) => c.id === client.id) ?? client;
    const planned = {
      ...member,
      record: { ...member.record, profile: withProfile(member.record.profile, onPlan) },
    };
    return generatePlan(port, withClient(latest, planned), planned, asOf, { profilesRead: true });
  }
  const sheet = Object.prototype.hasOwnProperty.call(registry, client.id)
    ? registry[client.id]
    : undefined;
  if (sheet === undefined || !(await port.sheetExists(sheet))) {
    const planned = {
      ...client,
      record: { ...client.record, profile: withProfile(client.record.profile, onPlan) },
    };
    return generatePlan(port, withClient(book, planned), planned, asOf);
  }
  const name = whatWeKnowName(client.id);
  const cells = (await port.readNames([name]))[name] ?? null;
  const onSheet = cells === null ? client.record.profile : profileFromBlock(cells);
  const { blocks, names } = whatWeKnowLayout(
    client.id,
    withProfile(onSheet, onPlan),
    PLAN_ROWS.cadence
  );
  await writeOwnedSheet(port, { sheet, blocks, names }, book.dateSystem);
  return sheet;
}

function withClient(book: LoadedBook, client: BookClient): LoadedBook {
  return { ...book, clients: book.clients.map((c) => (c.id === client.id ? client : c)) };
}

/** The book with the client's profile changed, as the workbook now holds it. */
export function withChangedProfile(
  book: LoadedBook,
  clientId: string,
  changes: ProfileEdit
): LoadedBook {
  if (!hasChanges(changes)) return book;
  return {
    ...book,
    clients: book.clients.map((c) =>
      c.id === clientId
        ? { ...c, record: { ...c.record, profile: withProfile(c.record.profile, changes) } }
        : c
    ),
  };
}
