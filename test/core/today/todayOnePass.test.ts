/**
 * buildToday assesses every client once (buildDay). It must give exactly what the plain way gives:
 * the owner's list, then the others' lists, then every client's occasions looked up again.
 */
import fc from "fast-check";
import {
  assessClient,
  Band,
  buildCallList,
  buildCallLists,
  isNewClient,
  occasionReasons,
  ownerKey,
  type CallItem,
} from "../../../src/core/today/callList";
import { scoreBook, type BookClient } from "../../../src/core/book/clientBook";
import { guessMapping } from "../../../src/core/book/clientFields";
import { readClientRows } from "../../../src/core/book/clientRows";
import { sampleBook, SAMPLE_HEADERS } from "../../../src/core/sample/sampleBook";
import { DEFAULT_SETTINGS, type RotationSettings } from "../../../src/core/book/settings";
import { buildToday, callListOptions } from "../../../src/core/today/today";
import { Responsibilities } from "../../../src/core/today/responsibility";

const AS_OF = 46349;

function clientsOf(seed: number, size: number): BookClient[] {
  const sample = sampleBook({ asOf: AS_OF, size, seed });
  const headers = [...SAMPLE_HEADERS];
  const { clients } = readClientRows(
    { headers, rows: sample.rows, firstRowNumber: 2 },
    guessMapping(headers),
    new Set(["A", "B", "C"])
  );
  return scoreBook(clients, DEFAULT_SETTINGS, sample.log);
}

/**
 * The lists and occasions the plain way: each client routed to the person responsible (mailing
 * tiers left out of the calls but for a new client's welcome), then listed as before.
 */
function plainDay(book: readonly BookClient[], settings: RotationSettings, asOf: number) {
  // By household where the book rotates by household, as buildToday does.
  const options = callListOptions(
    settings,
    asOf,
    book.some((c) => c.household !== null)
  );
  const routes = new Responsibilities(settings);
  const person = (c: BookClient) => routes.occasionPerson(c);
  const mailing = (c: BookClient) => routes.route(c).kind === "mailing";
  const clients = book
    .filter((c) => !mailing(c) || isNewClient(c, options))
    .map((c) => ({ ...c, owner: person(c) }));
  const me = settings.me.trim();
  const own = buildCallList(clients, options, me === "" ? null : me);
  const team =
    me === ""
      ? []
      : buildCallLists(
          clients.filter((c) => ownerKey(c.owner) !== ownerKey(me)),
          options
        );
  const occasions = book
    .map((client): CallItem | null => {
      const reasons = occasionReasons(client, options);
      if (reasons.length === 0) return null;
      if (me !== "" && ownerKey(person(client)) !== ownerKey(me)) return null;
      const listed = !mailing(client) || isNewClient(client, options);
      return (
        (listed ? assessClient(client, options) : null) ?? {
          client,
          band: Band.Occasion,
          reasons,
          nextContact: null,
          overdueDays: 0,
        }
      );
    })
    .filter((i): i is CallItem => i !== null);
  return { own, team, occasions };
}

const ids = (items: readonly CallItem[]) =>
  items.map((i) => `${i.client.id}:${i.band}:${JSON.stringify(i.reasons)}`);

test("one pass gives the plain way's lists and occasions, for any book, day and person", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      fc.integer({ min: 1, max: 300 }),
      fc.integer({ min: -400, max: 400 }),
      fc.constantFrom("", "Dana Whitfield", "  dana whitfield ", "Lee Moreno", "Nobody Here"),
      fc.integer({ min: 10, max: 240 }),
      (seed, size, shift, me, capacityMinutes) => {
        const clients = clientsOf(seed, size);
        const settings = { ...DEFAULT_SETTINGS, me, capacityMinutes };
        const asOf = AS_OF + shift;
        const view = buildToday(clients, settings, asOf);
        const plain = plainDay(clients, settings, asOf);
        const has = (item: CallItem, ...kinds: string[]) =>
          item.reasons.some((r) => kinds.includes(r.kind));
        expect(ids(view.mine.calls.map((t) => t.item))).toEqual(ids(plain.own.calls));
        expect(ids(view.mine.waiting.map((t) => t.item))).toEqual(ids(plain.own.waiting));
        expect(
          view.team.map((l) => [
            l.owner,
            ids(l.calls.map((t) => t.item)),
            ids(l.waiting.map((t) => t.item)),
          ])
        ).toEqual(plain.team.map((l) => [l.owner, ids(l.calls), ids(l.waiting)]));
        // A card logged shortly before the occasion closes it.
        const open = (i: CallItem) => {
          const sent = clients.find((c) => c.id === i.client.id)!.history.cardsSent;
          const days = i.reasons.flatMap((r) =>
            r.kind === "birthday" || r.kind === "anniversary" ? [r.on] : []
          );
          return !days.every((day) => sent.some((d) => d <= day && day - d <= 30));
        };
        expect(ids(view.cards.map((t) => t.item)).sort()).toEqual(
          ids(plain.occasions.filter((i) => has(i, "birthday", "anniversary") && open(i))).sort()
        );
        expect(ids(view.welcomes.map((t) => t.item)).sort()).toEqual(
          ids(plain.occasions.filter((i) => has(i, "welcome"))).sort()
        );
      }
    ),
    { numRuns: 60 }
  );
});
