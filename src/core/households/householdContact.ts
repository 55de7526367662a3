/**
 * A contact with one member is a contact with the family: a proactive contact that moves the
 * reached member's last contact moves every member's to the same day. The Contact Log keeps one
 * row, for the member reached; the others' follow-ups stay theirs.
 */
import type { BookClient } from "../book/clientBook";
import { contactEffect, type ContactEntry, type EffectOptions } from "../book/contactLog";
import type { DaySerial } from "../dates/serial";

export interface MemberMove {
  readonly client: BookClient;
  /** The member's new last contact. */
  readonly lastContact: DaySerial;
}

/** The household's other members, as the book holds them (none for a client without one). */
export function otherMembers(
  client: BookClient,
  byId: (id: string) => BookClient | undefined
): BookClient[] {
  if (client.household === null) return [];
  return client.household.memberIds
    .filter((id) => id !== client.id)
    .map(byId)
    .filter((c): c is BookClient => c !== undefined);
}

/**
 * The other members whose last contact the entry moves: each whose own last contact is earlier
 * (an old contact logged late never moves anyone back), by the reached member's way of contact.
 */
export function membersMoved(
  client: BookClient,
  entry: ContactEntry,
  options: EffectOptions,
  byId: (id: string) => BookClient | undefined
): MemberMove[] {
  const moves: MemberMove[] = [];
  for (const member of otherMembers(client, byId)) {
    const effect = contactEffect(entry, member.lastContact, options);
    if (effect.lastContact !== null)
      moves.push({ client: member, lastContact: effect.lastContact });
  }
  return moves;
}

/**
 * A member's last contact replayed from the log by household: the latest entry, with any member,
 * that moved the rotation. For undo from a file, where the row before is not remembered.
 */
export function householdLastContact(
  memberIds: ReadonlySet<string>,
  log: readonly ContactEntry[],
  optionsOf: (clientId: string) => EffectOptions
): DaySerial | null {
  let last: DaySerial | null = null;
  for (const e of log) {
    if (!memberIds.has(e.clientId)) continue;
    const effect = contactEffect(e, last, optionsOf(e.clientId));
    if (effect.lastContact !== null) last = effect.lastContact;
  }
  return last;
}
