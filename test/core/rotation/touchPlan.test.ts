/** Every planned touch of a client's next twelve months: contacts, cards, the review, the letter. */
import { planSchedule, touchPlan } from "../../../src/core/rotation/planSchedule";
import { serialFromDate } from "../../../src/core/dates/serial";
import { STANDARD_CALENDAR } from "../../../src/core/dates/workdays";
import fc from "fast-check";

const d = (year: number, month: number, day: number) => serialFromDate({ year, month, day });
const CALENDAR = STANDARD_CALENDAR;
const AS_OF = d(2026, 3, 2); // a Monday
const policy = { tier: "A", days: 90, channel: "Personal call", responsible: "Owner" };
const contacts = planSchedule({
  lastContact: d(2026, 1, 5),
  policy,
  owner: "Dana",
  asOf: AS_OF,
  calendar: CALENDAR,
  who: "Dana",
});

describe("touchPlan", () => {
  test("cadence contacts, both cards, the annual review at the anniversary and the letter, by date", () => {
    const touches = touchPlan({
      contacts,
      birthday: d(1961, 11, 26),
      clientSince: d(2012, 5, 9),
      cardsBy: "Sam",
      owner: "Dana",
      twelveDaysOn: d(2026, 12, 15),
      asOf: AS_OF,
      calendar: CALENDAR,
    });
    const others = touches.filter((t) => t.kind !== "contact");
    expect(others).toEqual([
      {
        date: d(2026, 5, 9),
        kind: "card",
        what: "Anniversary card (14 yrs)",
        channel: "Card",
        who: "Sam",
      },
      // 9 May 2026 is a Saturday: the meeting is on the Monday after.
      {
        date: d(2026, 5, 11),
        kind: "review",
        what: "Annual review meeting",
        channel: "Meeting",
        who: "Dana",
      },
      {
        date: d(2026, 11, 26),
        kind: "card",
        what: "Birthday card (turns 65)",
        channel: "Card",
        who: "Sam",
      },
      {
        date: d(2026, 12, 15),
        kind: "letter",
        what: "Twelve-days letter",
        channel: "Letter",
        who: "Dana",
      },
    ]);
    expect(touches.filter((t) => t.kind === "contact")).toHaveLength(contacts.length);
    expect(touches.map((t) => t.date)).toEqual(
      [...touches.map((t) => t.date)].sort((a, b) => a - b)
    );
  });

  test("without an anniversary the review is a month out; without a place in the twelve days, no letter", () => {
    const touches = touchPlan({
      contacts: [],
      birthday: null,
      clientSince: null,
      cardsBy: "Sam",
      owner: "Dana",
      twelveDaysOn: null,
      asOf: AS_OF,
      calendar: CALENDAR,
    });
    expect(touches.map((t) => [t.kind, t.date])).toEqual([["review", d(2026, 4, 1)]]);
  });

  test("every touch falls within the twelve months and names a person, never the word Owner", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d(1930, 1, 1), max: d(2010, 12, 31) }),
        fc.integer({ min: d(1990, 1, 1), max: AS_OF + 400 }),
        (birthday, since) => {
          const touches = touchPlan({
            contacts,
            birthday,
            clientSince: since,
            cardsBy: "Sam",
            owner: "Dana",
            twelveDaysOn: AS_OF + 500,
            asOf: AS_OF,
            calendar: CALENDAR,
          });
          for (const t of touches) {
            expect(t.date).toBeGreaterThanOrEqual(AS_OF);
            expect(t.date).toBeLessThanOrEqual(AS_OF + 365);
            expect(t.who).not.toMatch(/^owner$/i);
          }
          expect(touches.filter((t) => t.kind === "letter")).toEqual([]);
        }
      )
    );
  });
});
