/**
 * Who is responsible for a client's next contact: the tier says how (the owner personally, the
 * owner's team, or a mailing) and the team table says who the owner's team is. "My calls" is what
 * I am responsible for, not whose name is in the Owner column.
 */
import { tierPolicy, type RotationSettings } from "../book/settings";
import {
  tierResponsibility,
  type MailingChannel,
  type Responsibility,
} from "../book/tierResponsibility";
import { ownerKey } from "./callList";

export type Route =
  | { readonly kind: "person"; readonly person: string }
  | { readonly kind: "mailing"; readonly channel: MailingChannel };

export interface RoutedClient {
  readonly owner: string;
  readonly tier: string | null;
}

/**
 * Answers for one book and settings; built once per day's view, since a book has a handful of
 * owners and tiers but thousands of clients.
 */
export class Responsibilities {
  private readonly assistants = new Map<string, string>();
  private readonly byTier = new Map<string, Responsibility>();

  constructor(private readonly settings: RotationSettings) {
    // The first team member (not the owner) who names the owner supports them.
    for (const member of settings.team)
      for (const owner of member.supports) {
        const key = ownerKey(owner);
        if (key !== ownerKey(member.person) && !this.assistants.has(key))
          this.assistants.set(key, member.person);
      }
  }

  /** The owner's assistant or team; the owner where nobody supports them (a one-person book). */
  teamFor(owner: string): string {
    return this.assistants.get(ownerKey(owner)) ?? owner.trim();
  }

  /** Where the client's rotation contact goes. A client without a tier the settings know is the owner's. */
  route(client: RoutedClient): Route {
    const responsibility = this.tierResponsibility(client.tier);
    if (responsibility.kind === "mailing")
      return { kind: "mailing", channel: responsibility.channel };
    return {
      kind: "person",
      person: responsibility.kind === "owner" ? client.owner.trim() : this.teamFor(client.owner),
    };
  }

  private tierResponsibility(tier: string | null): Responsibility {
    if (tier === null) return { kind: "owner" };
    let known = this.byTier.get(tier);
    if (known === undefined) {
      const policy = tierPolicy(this.settings, tier);
      known = policy === null ? { kind: "owner" } : tierResponsibility(policy);
      this.byTier.set(tier, known);
    }
    return known;
  }

  /**
   * Who sends the client's cards and makes the welcome call: the person the rotation goes to, and
   * for a mailing tier the owner's team (a mailing sends no birthday card).
   */
  occasionPerson(client: RoutedClient): string {
    const route = this.route(client);
    return route.kind === "person" ? route.person : this.teamFor(client.owner);
  }
}
