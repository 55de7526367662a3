import fc from "fast-check";
import { planSchedule, responsibleFor } from "../../../src/core/rotation/planSchedule";
import { isoWeekday } from "../../../src/core/dates/serial";
import { DEFAULT_SETTINGS } from "../../../src/core/book/settings";
import { STANDARD_CALENDAR } from "../../../src/core/dates/workdays";
import { AS_OF, d } from "../../fixtures/smallBook";

const A = DEFAULT_SETTINGS.tiers[0];

describe("the communication plan", () => {
  test("the next twelve months of contacts from the rotation, each on a working day", () => {
    // Last contact 14 Oct 2026: due 12 Jan 2027 (Tue), then every 90 days from each planned call.
    const plan = planSchedule({
      lastContact: d("2026-10-14"),
      policy: A,
      owner: "Dana",
      asOf: AS_OF,
      calendar: STANDARD_CALENDAR,
    });
    expect(plan.map((c) => c.date)).toEqual([
      d("2027-01-12"),
      d("2027-04-12"),
      d("2027-07-12"),
      d("2027-10-11"),
    ]);
    expect(plan[0]).toEqual({ date: d("2027-01-12"), channel: "Personal call", who: "Dana" });
  });

  test("an overdue or never-contacted client is planned from today", () => {
    const overdue = planSchedule({
      lastContact: d("2026-01-05"),
      policy: A,
      owner: "Dana",
      asOf: AS_OF,
      calendar: STANDARD_CALENDAR,
    });
    expect(overdue[0].date).toBe(AS_OF);
    const never = planSchedule({
      lastContact: null,
      policy: A,
      owner: "Dana",
      asOf: AS_OF + 5,
      calendar: STANDARD_CALENDAR,
    });
    expect(never[0].date).toBe(AS_OF + 7); // Saturday → Monday
  });

  test("who: the owner where the settings say Owner, else the name given", () => {
    expect(responsibleFor(A, "Dana")).toBe("Dana");
    expect(responsibleFor({ ...A, responsible: "Team" }, "Dana")).toBe("Team");
  });

  test("plans stay within the horizon, on working days, at least a cadence apart", () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: AS_OF - 800, max: AS_OF }), { nil: null }),
        fc.integer({ min: 7, max: 400 }),
        (last, days) => {
          const plan = planSchedule({
            lastContact: last,
            policy: { ...A, days },
            owner: "",
            asOf: AS_OF,
            calendar: STANDARD_CALENDAR,
          });
          plan.forEach((c, i) => {
            expect(c.date).toBeGreaterThanOrEqual(AS_OF);
            expect(c.date).toBeLessThanOrEqual(AS_OF + 365);
            expect(isoWeekday(c.date)).toBeLessThanOrEqual(5);
            if (i > 0) expect(c.date - plan[i - 1].date).toBeGreaterThanOrEqual(days);
          });
        }
      )
    );
  });
});
