/**
 * The non-personal tiers' contact: not calls but a mailing per channel (newsletter, e-mail, event
 * invitation). Who is due is decided as for calls (overdue, due today, never contacted; snoozed
 * and contacted-today clients wait), and the list carries what a mail merge needs.
 */
import type { BookClient } from "../book/clientBook";
import { MAILING_CHANNELS, type MailingChannel } from "../book/tierResponsibility";
import type { RotationSettings } from "../book/settings";
import type { DaySerial } from "../dates/serial";
import { formatIsoDate } from "../dates/serial";
import { assessClients, type CallItem } from "./callList";
import { Responsibilities } from "./responsibility";
import { callListOptions } from "./callListOptions";
import { householdHeading } from "../households/householdNames";

export interface MailingRecipient {
  readonly client: BookClient;
  readonly item: CallItem;
  /**
   * By household, the other members due for the same mailing: one letter goes to the family
   * ("The Lopez household: Maria, Tom"), and every member is logged as sent.
   */
  readonly members: readonly BookClient[];
}

export interface Mailing {
  readonly channel: MailingChannel;
  /** Most overdue first, then by name. */
  readonly recipients: readonly MailingRecipient[];
}

function isDue(item: CallItem): boolean {
  return item.reasons.some(
    (r) => r.kind === "overdue" || r.kind === "due-today" || r.kind === "never-contacted"
  );
}

/** One mailing per channel of the settings' non-personal tiers (empty ones included), in channel order. */
export function dueForMailing(
  clients: readonly BookClient[],
  settings: RotationSettings,
  asOf: DaySerial
): Mailing[] {
  const routes = new Responsibilities(settings);
  const options = callListOptions(settings, asOf);
  const by = new Map<MailingChannel, MailingRecipient[]>();
  const mailed: { client: BookClient; channel: MailingChannel }[] = [];
  for (const client of clients) {
    const route = routes.route(client);
    if (route.kind !== "mailing") continue;
    if (!by.has(route.channel)) by.set(route.channel, []);
    mailed.push({ client, channel: route.channel });
  }
  const items = assessClients(
    mailed.map((m) => m.client),
    options
  );
  mailed.forEach(({ client, channel }, i) => {
    const item = items[i];
    if (item !== null && isDue(item)) by.get(channel)!.push({ client, item, members: [] });
  });
  return MAILING_CHANNELS.filter((c) => by.has(c)).map((channel) => ({
    channel,
    recipients: oneLetterPerHousehold(
      [...by.get(channel)!].sort(
        (a, b) =>
          waited(b.item) - waited(a.item) ||
          (a.client.name < b.client.name ? -1 : a.client.name > b.client.name ? 1 : 0)
      )
    ),
  }));
}

/** The first member of a household on the list takes the others in: one letter a family. */
function oneLetterPerHousehold(ordered: readonly MailingRecipient[]): MailingRecipient[] {
  const leads = new Map<string, { client: BookClient; item: CallItem; members: BookClient[] }>();
  const letters: { client: BookClient; item: CallItem; members: BookClient[] }[] = [];
  for (const r of ordered) {
    const key = r.client.householdKey ?? "";
    const lead = key === "" ? undefined : leads.get(key);
    if (lead !== undefined) {
      lead.members.push(r.client);
      continue;
    }
    const letter = { client: r.client, item: r.item, members: [] as BookClient[] };
    if (key !== "") leads.set(key, letter);
    letters.push(letter);
  }
  return letters;
}

/** Whom a letter is for: the client, or "The Lopez household: Maria, Tom". */
export function recipientName(recipient: MailingRecipient): string {
  const household = recipient.client.household;
  if (recipient.members.length === 0 || household === null) return recipient.client.name;
  return householdHeading(
    household.label,
    [recipient.client, ...recipient.members].map((c) => c.name)
  );
}

/** Everyone a letter reaches: logged as sent, each one. */
export function recipientClients(recipient: MailingRecipient): readonly BookClient[] {
  return [recipient.client, ...recipient.members];
}

/** Never contacted waits longest. */
function waited(item: CallItem): number {
  return item.reasons.some((r) => r.kind === "never-contacted")
    ? Number.MAX_SAFE_INTEGER
    : item.overdueDays;
}

export const MAILING_CSV_HEADERS = [
  "Client ID",
  "Name",
  "Email",
  "Address",
  "Owner",
  "Tier",
  "Last contact",
] as const;

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180), and kept as text. */
function csvField(value: string): string {
  // A leading =, +, - or @ would be run as a formula by a spreadsheet opening the file.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The mailing as CSV text for a mail merge: a header row, one row a recipient, CRLF line ends. */
export function mailingCsv(mailing: Mailing): string {
  const rows = mailing.recipients.map((recipient) => {
    const { client } = recipient;
    // A family's letter goes to the first e-mail and address any member has.
    const first = (field: "email" | "address") =>
      recipientClients(recipient).find((c) => c.record[field] !== "")?.record[field] ?? "";
    return [
      client.id,
      recipientName(recipient),
      first("email"),
      first("address"),
      client.owner,
      client.tier ?? "",
      client.lastContact === null ? "" : formatIsoDate(client.lastContact),
    ];
  });
  return [[...MAILING_CSV_HEADERS], ...rows]
    .map((row) => row.map(csvField).join(","))
    .join("\r\n")
    .concat("\r\n");
}
