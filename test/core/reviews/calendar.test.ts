import { hourCalendar, planCalendar } from "../../../src/core/reviews/calendar";
import { AS_OF, d } from "../../fixtures/smallBook";

function text(outcome: { ok: true; value: string } | { ok: false }): string {
  if (!outcome.ok) throw new Error("no calendar");
  return outcome.value.replace(/\r\n/g, "\n");
}

describe("calendar files", () => {
  test("the hour recurs on the working days at local time, the same file every time", () => {
    const ics = text(
      hourCalendar({
        firstDay: AS_OF,
        hour: 8,
        minute: 30,
        minutes: 60,
        weekend: "0000011",
        madeOn: AS_OF,
      })
    );
    expect(ics).toContain("DTSTART:20261123T083000\n");
    expect(ics).toContain("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\n");
    expect(ics).toContain("DURATION:PT60M\n");
    expect(ics).toContain("DTSTAMP:20261123T000000Z");
    expect(
      text(
        hourCalendar({
          firstDay: AS_OF,
          hour: 8,
          minute: 30,
          minutes: 60,
          weekend: "0000011",
          madeOn: AS_OF,
        })
      )
    ).toBe(ics);
    expect(
      text(
        hourCalendar({
          firstDay: AS_OF,
          hour: 8,
          minute: 30,
          minutes: 45,
          weekend: "0000110",
          madeOn: AS_OF,
        })
      )
    ).toContain("BYDAY=MO,TU,WE,TH,SU");
  });

  test("holidays on working days from the first day on are left out of the hour, at its time", () => {
    const holidays = [
      d("2026-12-25"),
      d("2026-11-20"),
      d("2026-12-26"),
      d("2027-01-01"),
      d("2026-12-25"),
    ];
    const ics = text(
      hourCalendar({
        firstDay: AS_OF,
        hour: 9,
        minute: 5,
        minutes: 45,
        weekend: "0000011",
        holidays,
        madeOn: AS_OF,
      })
    );
    // 20 Nov is before the first day and 26 Dec a Saturday: neither is an occurrence to remove.
    expect(ics).toContain("EXDATE:20261225T090500,20270101T090500\n");
    expect(
      text(
        hourCalendar({
          firstDay: AS_OF,
          hour: 9,
          minute: 5,
          minutes: 45,
          weekend: "0000011",
          holidays: [],
          madeOn: AS_OF,
        })
      )
    ).not.toContain("EXDATE");
  });

  test("a plan's contacts as all-day events with stable IDs", () => {
    const ics = text(
      planCalendar(
        { id: "C-1", name: 'Ames, Jo; "VIP"' },
        [{ date: d("2027-01-12"), channel: "Personal call", who: "Dana" }],
        AS_OF
      )
    );
    expect(ics).toContain("DTSTART;VALUE=DATE:20270112");
    expect(ics).toContain("DTEND;VALUE=DATE:20270113");
    expect(ics).toContain(`UID:relationship-hour-C-1-${d("2027-01-12")}@relationship-hour`);
    expect(ics).toContain('SUMMARY:Personal call: Ames\\, Jo\\; "VIP"');
  });

  test("nothing to put in a calendar is said plainly", () => {
    expect(planCalendar({ id: "C-1", name: "Ames" }, [], AS_OF)).toEqual({
      ok: false,
      problem: { kind: "value", message: "no contacts are scheduled for Ames" },
    });
    expect(
      hourCalendar({
        firstDay: AS_OF,
        hour: 8,
        minute: 0,
        minutes: 60,
        weekend: "1111111",
        madeOn: AS_OF,
      }).ok
    ).toBe(false);
  });
});
