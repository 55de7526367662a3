import fc from "fast-check";
import { guessMapping } from "../../../src/core/book/clientFields";
import { scoreBook, type BookClient } from "../../../src/core/book/clientBook";
import { readClientRows } from "../../../src/core/book/clientRows";
import type { ContactEntry } from "../../../src/core/book/contactLog";
import { DEFAULT_SETTINGS, type RotationSettings } from "../../../src/core/book/settings";
import { tierResponsibility } from "../../../src/core/book/tierResponsibility";
import { assessClient } from "../../../src/core/today/callList";
import { callListOptions } from "../../../src/core/today/callListOptions";
import { buildToday } from "../../../src/core/today/today";
import { AS_OF, HEADERS, ROWS } from "../../fixtures/smallBook";

function book(settings: RotationSettings, log: ContactEntry[] = []) {
  const { clients } = readClientRows(
    { headers: HEADERS, rows: ROWS, firstRowNumber: 2 },
    guessMapping(HEADERS),
    new Set(["A", "B", "C"])
  );
  return scoreBook(clients, settings, log);
}

const withPat: RotationSettings = {
  ...DEFAULT_SETTINGS,
  me: "Dana",
  team: [
    { person: "Dana", role: "advisor", supports: [] },
    { person: "Pat", role: "assistant", supports: ["Dana"] },
  ],
};

const names = (items: readonly { client: { name: string } }[]) => items.map((i) => i.client.name);

describe("responsibility routing", () => {
  test("a tier's words say who makes its contacts", () => {
    const [a, b, c] = DEFAULT_SETTINGS.tiers;
    expect(tierResponsibility(a)).toEqual({ kind: "owner" });
    expect(tierResponsibility(b)).toEqual({ kind: "team" });
    expect(tierResponsibility(c)).toEqual({ kind: "mailing", channel: "newsletter" });
    expect(tierResponsibility({ channel: "Call", responsible: "E-mail" })).toEqual({
      kind: "mailing",
      channel: "e-mail",
    });
    expect(tierResponsibility({ channel: "Event invitation", responsible: "Team" })).toEqual({
      kind: "mailing",
      channel: "event invitation",
    });
  });

  test("my calls hold my personal tier; the team tier goes to my assistant; another owner without one keeps theirs", () => {
    const today = buildToday(book(withPat), withPat, AS_OF);
    expect(names(today.mine.calls)).toEqual(["Fox", "Ames"]);
    expect(today.team.map((l) => [l.owner, names(l.calls)])).toEqual([
      ["Lee", ["Evans", "Dutta"]],
      ["Pat", ["Chen"]],
    ]);
    // Cards follow the same rule: Ames (tier A) is mine, Chen (tier B) is Pat's.
    expect(names(today.cards)).toEqual(["Ames"]);
    expect(names(today.team[1].cards)).toEqual(["Chen"]);
  });

  test("the assistant's own view: today --owner Pat", () => {
    const pat = { ...withPat, me: "Pat" };
    const today = buildToday(book(pat), pat, AS_OF);
    expect(names(today.mine.calls)).toEqual(["Chen"]);
    expect(names(today.cards)).toEqual(["Chen"]);
    expect(today.team.map((l) => l.owner)).toEqual(["Dana", "Lee"]);
  });

  test("a card logged for the occasion takes it off the cards to send", () => {
    const card: ContactEntry = {
      date: AS_OF - 1,
      clientId: "C-1",
      clientName: "Ames",
      who: "Dana",
      channel: "card",
      direction: "outbound",
      minutes: null,
      notes: "birthday card",
      followUp: "",
      snoozedUntil: null,
      outcome: "sent",
    };
    const settings = { ...DEFAULT_SETTINGS, me: "Dana" };
    expect(names(buildToday(book(settings), settings, AS_OF).cards)).toEqual(["Ames", "Chen"]);
    const after = buildToday(book(settings, [card]), settings, AS_OF);
    expect(names(after.cards)).toEqual(["Chen"]);
    // The card is not the personal call: Ames is still on my list.
    expect(names(after.mine.calls)).toContain("Ames");
  });
});

describe("routing: every due client is in exactly one person's list or a mailing", () => {
  const people = ["Dana", "Lee", "Pat", "Kim", ""];
  const client = fc.record({
    owner: fc.constantFrom(...people, " dana "),
    tier: fc.constantFrom("A", "B", "C", "D", null),
    lastContact: fc.option(fc.integer({ min: AS_OF - 800, max: AS_OF }), { nil: null }),
    clientSince: fc.option(fc.integer({ min: AS_OF - 100, max: AS_OF }), { nil: null }),
  });
  const settings = fc.record({
    me: fc.constantFrom(...people),
    team: fc.array(
      fc.record({
        person: fc.constantFrom(...people.slice(0, 4)),
        role: fc.constant("assistant"),
        supports: fc.subarray(people.slice(0, 4)),
      }),
      { maxLength: 3 }
    ),
    tiers: fc.constantFrom(DEFAULT_SETTINGS.tiers, [
      { tier: "A", days: 90, channel: "Call", responsible: "Team" },
      { tier: "B", days: 180, channel: "Call", responsible: "Owner" },
      { tier: "C", days: 365, channel: "Event", responsible: "Event invitation" },
    ]),
  });

  test("property", () => {
    fc.assert(
      fc.property(fc.array(client, { maxLength: 40 }), settings, (rows, partial) => {
        const s: RotationSettings = { ...DEFAULT_SETTINGS, ...partial };
        const clients: BookClient[] = rows.map((r, i) => ({
          ...book(DEFAULT_SETTINGS)[0],
          id: `C-${i}`,
          name: `N${i}`,
          owner: r.owner,
          tier: r.tier,
          lastContact: r.lastContact,
          clientSince: r.clientSince,
          birthday: null,
          snoozedUntil: null,
        }));
        const today = buildToday(clients, s, AS_OF);
        const seen = new Map<string, number>();
        const count = (ids: readonly string[]) =>
          ids.forEach((id) => seen.set(id, (seen.get(id) ?? 0) + 1));
        for (const list of [today.mine, ...today.team])
          count([...list.calls, ...list.waiting].map((i) => i.client.id));
        for (const mailing of today.mailings) count(mailing.recipients.map((r) => r.client.id));
        const options = callListOptions(s, AS_OF);
        for (const c of clients) {
          const item = assessClient(c, options);
          const due = item?.reasons.some((r) =>
            ["overdue", "due-today", "never-contacted", "welcome"].includes(r.kind)
          );
          if (due) expect([c.id, seen.get(c.id)]).toEqual([c.id, 1]);
          else expect(seen.get(c.id) ?? 0).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 }
    );
  });
});
