/**
 * Who makes a tier's contacts, read from the words of its Rotation Settings row: the owner
 * personally, the owner's assistant or team, or a non-personal channel (a mailing). People type
 * these cells, so the reading goes by the words they would use, and a channel that names no call
 * or meeting ("Card or newsletter") is a mailing whoever is named as responsible.
 */
import type { TierMode } from "./contactOutcome";

export type MailingChannel = "newsletter" | "e-mail" | "event invitation";

export const MAILING_CHANNELS: readonly MailingChannel[] = [
  "newsletter",
  "e-mail",
  "event invitation",
];

export type Responsibility =
  | { readonly kind: "owner" }
  | { readonly kind: "team" }
  | { readonly kind: "mailing"; readonly channel: MailingChannel };

/** The two cells of a tier's row that say how and by whom it is contacted. */
export interface TierWords {
  readonly channel: string;
  readonly responsible: string;
}

const PERSONAL = /call|meet|visit|phone|lunch|personal|in person/;
const NON_PERSONAL = /newsletter|e-?mail|event|mailing|web|card|letter|non-personal/;
const OWNER = /owner|advisor|adviser|personal|\bme\b|myself/;

function mailingChannel(words: string): MailingChannel {
  if (/event/.test(words)) return "event invitation";
  if (/e-?mail/.test(words)) return "e-mail";
  return "newsletter";
}

export function tierResponsibility(tier: TierWords): Responsibility {
  const channel = tier.channel.trim().toLowerCase();
  const responsible = tier.responsible.trim().toLowerCase();
  const mailingNamed = NON_PERSONAL.test(responsible) && !PERSONAL.test(responsible);
  const mailingChannelOnly = NON_PERSONAL.test(channel) && !PERSONAL.test(channel);
  if (mailingNamed || mailingChannelOnly)
    return { kind: "mailing", channel: mailingChannel(mailingNamed ? responsible : channel) };
  return OWNER.test(responsible) ? { kind: "owner" } : { kind: "team" };
}

export function tierMode(tier: TierWords | null): TierMode {
  return tier !== null && tierResponsibility(tier).kind === "mailing" ? "mailing" : "personal";
}
