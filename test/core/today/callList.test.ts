import fc from "fast-check";
import { DEFAULT_CADENCE } from "../../../src/core/rotation/cadence";
import {
  assessClient,
  Band,
  buildCallList,
  buildCallLists,
  type RotationClient,
} from "../../../src/core/today/callList";
import { serialFromDate } from "../../../src/core/dates/serial";
import { STANDARD_CALENDAR } from "../../../src/core/dates/workdays";

const d = (year: number, month: number, day: number) => serialFromDate({ year, month, day });
const AS_OF = d(2026, 11, 23); // a Monday
const options = { asOf: AS_OF, cadence: DEFAULT_CADENCE, calendar: STANDARD_CALENDAR };

function client(id: string, fields: Partial<RotationClient>): RotationClient {
  return {
    id,
    name: `Client ${id}`,
    owner: "Dana",
    tier: "A",
    score: 50,
    lastContact: AS_OF - 30,
    birthday: null,
    clientSince: d(2015, 6, 1),
    snoozedUntil: null,
    ...fields,
  };
}

describe("assessing a client", () => {
  test("an A client 31 days past its 90-day call is overdue", () => {
    // Last contact 121 days ago → next contact 90 days later, a Monday, 31 days ago.
    const item = assessClient(client("1", { lastContact: AS_OF - 121 }), options);
    expect(item?.band).toBe(Band.OverdueTop);
    expect(item?.reasons).toEqual([{ kind: "overdue", days: 31 }]);
    expect(item?.nextContact).toBe(AS_OF - 31);
  });

  test("a client contacted recently with no occasion is not on the list", () => {
    expect(assessClient(client("1", {}), options)).toBeNull();
  });

  test("due today, due soon, never contacted", () => {
    expect(assessClient(client("1", { lastContact: AS_OF - 90 }), options)?.reasons).toEqual([
      { kind: "due-today" },
    ]);
    expect(assessClient(client("1", { lastContact: AS_OF - 87 }), options)?.reasons).toEqual([
      { kind: "due-soon", inDays: 3 },
    ]);
    const never = assessClient(client("1", { lastContact: null }), options);
    expect(never?.reasons).toEqual([{ kind: "never-contacted" }]);
    expect(never?.band).toBe(Band.OverdueTop);
  });

  test("occasions: birthday this week with the age, client anniversary, welcome call for a new client", () => {
    const birthday = assessClient(client("1", { birthday: d(1961, 11, 26) }), options);
    expect(birthday?.band).toBe(Band.Occasion);
    expect(birthday?.reasons).toEqual([
      { kind: "birthday", on: d(2026, 11, 26), inDays: 3, age: 65 },
    ]);
    const anniversary = assessClient(client("1", { clientSince: d(2016, 11, 25) }), options);
    expect(anniversary?.reasons).toEqual([
      { kind: "anniversary", on: d(2026, 11, 25), inDays: 2, years: 10 },
    ]);
    const welcome = assessClient(
      client("1", { clientSince: AS_OF - 5, lastContact: null }),
      options
    );
    expect(welcome?.reasons).toEqual([{ kind: "welcome" }]);
    expect(welcome?.band).toBe(Band.Occasion);
  });

  test("an occasion of an overdue top client keeps it in the top band, with both reasons", () => {
    const item = assessClient(
      client("1", { lastContact: AS_OF - 121, birthday: d(1961, 11, 26) }),
      options
    );
    expect(item?.band).toBe(Band.OverdueTop);
    expect(item?.reasons.map((r) => r.kind)).toEqual(["birthday", "overdue"]);
  });

  test("a snoozed client stays off the list until the snooze ends", () => {
    const snoozed = client("1", { lastContact: AS_OF - 200, snoozedUntil: AS_OF + 2 });
    expect(assessClient(snoozed, options)).toBeNull();
    expect(assessClient(snoozed, { ...options, asOf: AS_OF + 2 })).not.toBeNull();
  });

  test("a client contacted today is done for today, even with a birthday coming", () => {
    expect(
      assessClient(client("1", { lastContact: AS_OF, birthday: d(1961, 11, 26) }), options)
    ).toBeNull();
  });

  test("a client without a tier is on the list only for occasions", () => {
    expect(assessClient(client("1", { tier: null, lastContact: null }), options)).toBeNull();
    expect(
      assessClient(client("1", { tier: null, birthday: d(1980, 11, 24) }), options)?.band
    ).toBe(Band.Occasion);
  });
});

describe("the call list", () => {
  const book: RotationClient[] = [
    client("b-overdue", { tier: "B", lastContact: AS_OF - 400 }),
    client("a-due-today", { lastContact: AS_OF - 90 }),
    client("a-overdue-10", { lastContact: AS_OF - 100 }),
    client("a-overdue-60", { lastContact: AS_OF - 150 }),
    client("birthday", { tier: "C", birthday: d(1970, 11, 25) }),
    client("a-never", { lastContact: null }),
    client("c-due", { tier: "C", lastContact: AS_OF - 365 }),
    client("a-soon", { lastContact: AS_OF - 85 }),
    client("quiet", {}),
    client("lee-overdue", { owner: "Lee ", tier: "B", lastContact: AS_OF - 300 }),
  ];

  test("most important first: overdue top tier, occasions, due top tier, then B, C and due soon", () => {
    const list = buildCallList(book, { ...options, capacityMinutes: 120 }, "dana");
    expect(list.calls.map((c) => c.client.id)).toEqual([
      "a-never",
      "a-overdue-60",
      "a-overdue-10",
      "birthday",
      "a-due-today",
      "b-overdue",
      "c-due",
      "a-soon",
    ]);
  });

  test("the hour holds capacity ÷ minutes per call; the rest waits in order", () => {
    const list = buildCallList(
      book,
      { ...options, capacityMinutes: 30, minutesPerCall: 10 },
      "Dana"
    );
    expect(list.calls.map((c) => c.client.id)).toEqual(["a-never", "a-overdue-60", "a-overdue-10"]);
    expect(list.waiting[0].client.id).toBe("birthday");
    expect(list.waiting).toHaveLength(5);
  });

  test("each owner gets a list; owners match ignoring case and spaces", () => {
    const lists = buildCallLists(book, options);
    expect(lists.map((l) => l.owner)).toEqual(["Dana", "Lee"]);
    expect(lists[1].calls.map((c) => c.client.id)).toEqual(["lee-overdue"]);
    expect(buildCallList(book, options, "nobody").calls).toEqual([]);
  });

  test("ties are broken by score, so the better client is called first", () => {
    const tied = [
      client("low", { score: 10, lastContact: AS_OF - 120 }),
      client("high", { score: 90, lastContact: AS_OF - 120 }),
    ];
    expect(buildCallList(tied, options, "Dana").calls.map((c) => c.client.id)).toEqual([
      "high",
      "low",
    ]);
  });

  const randomClient = fc.record({
    id: fc.uuid(),
    name: fc.string(),
    owner: fc.constantFrom("Dana", "Lee", "", " dana"),
    tier: fc.constantFrom("A", "B", "C", "D", null),
    score: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    lastContact: fc.option(fc.integer({ min: AS_OF - 800, max: AS_OF }), { nil: null }),
    birthday: fc.option(fc.integer({ min: d(1930, 1, 1), max: d(2005, 1, 1) }), { nil: null }),
    clientSince: fc.option(fc.integer({ min: d(2000, 1, 1), max: AS_OF }), { nil: null }),
    snoozedUntil: fc.option(fc.integer({ min: AS_OF - 10, max: AS_OF + 10 }), { nil: null }),
  });

  test("the call list never exceeds its capacity, and nothing due is lost", () => {
    fc.assert(
      fc.property(
        fc.array(randomClient, { maxLength: 80 }),
        fc.integer({ min: 0, max: 180 }),
        fc.integer({ min: 1, max: 45 }),
        (clients, capacity, perCall) => {
          const lists = buildCallLists(clients, {
            ...options,
            capacityMinutes: capacity,
            minutesPerCall: perCall,
          });
          let listed = 0;
          for (const list of lists) {
            expect(list.calls.length * perCall).toBeLessThanOrEqual(capacity);
            listed += list.calls.length + list.waiting.length;
            const all = [...list.calls, ...list.waiting];
            for (let i = 1; i < all.length; i++)
              expect(all[i - 1].band).toBeLessThanOrEqual(all[i].band);
          }
          expect(listed).toBe(clients.filter((c) => assessClient(c, options) !== null).length);
        }
      )
    );
  });
});
