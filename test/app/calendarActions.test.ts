import {
  defaultHourChoice,
  hourCalendarFile,
  planCalendarFile,
} from "../../src/app/calendarActions";
import { clientSchedule } from "../../src/app/planActions";
import { DEFAULT_SETTINGS } from "../../src/core/book/settings";
import { formatIsoDate } from "../../src/core/dates/serial";
import { AS_OF, d } from "../fixtures/smallBook";
import { loaded, smallWorkbook } from "./bookSession";

function value<T>(outcome: { ok: true; value: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error("no calendar");
  return outcome.value;
}

/** Each line's value by its name, for the properties that occur once. */
const property = (text: string, name: string) =>
  text
    .split("\r\n")
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);

describe("the hour as a calendar file", () => {
  test("by default it lasts the settings' minutes a day, from today, on the working days", () => {
    const settings = { ...DEFAULT_SETTINGS, capacityMinutes: 45 };
    expect(defaultHourChoice(settings)).toEqual({ hour: 8, minute: 0, minutes: 45 });
    const hour = value(hourCalendarFile(settings, AS_OF, defaultHourChoice(settings)));
    expect(hour.name).toBe("Relationship hour.ics");
    expect(hour.firstDay).toBe(AS_OF);
    expect(hour.days).toEqual(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]);
    expect(property(hour.text, "DTSTART")).toBe("20261123T080000");
    expect(property(hour.text, "DURATION")).toBe("PT45M");
    expect(property(hour.text, "RRULE")).toBe("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
  });

  test("it starts on the first working day and skips the holidays ahead", () => {
    // Saturday 28 November, Monday 30 November a holiday: the first hour is on Tuesday 1 December.
    const settings = {
      ...DEFAULT_SETTINGS,
      holidays: [d("2026-11-30"), d("2026-12-25"), d("2026-12-26")],
    };
    const hour = value(
      hourCalendarFile(settings, d("2026-11-28"), { hour: 7, minute: 45, minutes: 60 })
    );
    expect(formatIsoDate(hour.firstDay)).toBe("2026-12-01");
    expect(property(hour.text, "DTSTART")).toBe("20261201T074500");
    expect(property(hour.text, "EXDATE")).toBe("20261225T074500");
    expect(hour.holidaysSkipped).toBe(1);
  });

  test("the working week of the settings decides the days", () => {
    const settings = { ...DEFAULT_SETTINGS, weekend: "0000110" };
    const hour = value(hourCalendarFile(settings, AS_OF, defaultHourChoice(settings)));
    expect(hour.days).toEqual(["Monday", "Tuesday", "Wednesday", "Thursday", "Sunday"]);
    expect(property(hour.text, "RRULE")).toBe("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,SU");
  });

  test("a time or length that cannot be an appointment is said plainly", () => {
    expect(hourCalendarFile(DEFAULT_SETTINGS, AS_OF, { hour: 24, minute: 0, minutes: 60 })).toEqual(
      {
        ok: false,
        problem: { kind: "value", message: "the start must be a time of day" },
      }
    );
    expect(hourCalendarFile(DEFAULT_SETTINGS, AS_OF, { hour: 8, minute: 0, minutes: 0 }).ok).toBe(
      false
    );
    expect(hourCalendarFile(DEFAULT_SETTINGS, AS_OF, { hour: 8, minute: 0, minutes: 7.5 }).ok).toBe(
      false
    );
  });
});

describe("a plan as a calendar file", () => {
  test("one all-day event per contact on the plan sheet's schedule", async () => {
    const book = await loaded(await smallWorkbook());
    const fox = book.clients.find((c) => c.name === "Fox")!;
    const plan = value(planCalendarFile(book, fox, AS_OF, AS_OF));
    expect(plan.name).toBe("Fox contacts.ics");
    expect(plan.schedule).toEqual(clientSchedule(book, fox, AS_OF));
    const starts = plan.text
      .split("\r\n")
      .filter((line) => line.startsWith("DTSTART;VALUE=DATE:"))
      .map((line) => line.slice(-8));
    expect(starts).toEqual(plan.schedule.map((c) => formatIsoDate(c.date).replace(/-/g, "")));
    expect(starts[0]).toBe("20261123"); // overdue: planned from the as-of day
    expect(plan.text).toContain("SUMMARY:Personal call: Fox");
  });

  test("the file name keeps only characters every system accepts", async () => {
    const book = await loaded(await smallWorkbook());
    const ames = book.clients.find((c) => c.name === "Ames")!;
    const plan = value(
      planCalendarFile(book, { ...ames, name: 'Ames: "Family/Trust"?' }, AS_OF, AS_OF)
    );
    expect(plan.name).toBe("Ames Family Trust contacts.ics");
  });

  test("a client with no cadence has nothing to put in a calendar", async () => {
    const book = await loaded(await smallWorkbook());
    const gray = book.clients.find((c) => c.name === "Gray")!;
    expect(planCalendarFile(book, { ...gray, tier: null }, AS_OF, AS_OF)).toEqual({
      ok: false,
      problem: {
        kind: "value",
        message: "Gray's tier has no cadence in the settings, so no contacts are planned",
      },
    });
  });
});
