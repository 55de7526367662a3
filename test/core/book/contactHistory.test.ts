import { contactHistory } from "../../../src/core/book/contactHistory";
import type { ContactEntry } from "../../../src/core/book/contactLog";
import { STANDARD_CALENDAR } from "../../../src/core/dates/workdays";
import { triesText } from "../../../src/core/today/reasonText";
import { AS_OF } from "../../fixtures/smallBook";

const entry = (date: number, extra: Partial<ContactEntry> = {}): ContactEntry => ({
  date,
  clientId: "C-1",
  clientName: "Ames",
  who: "Dana",
  channel: "call",
  direction: "outbound",
  minutes: null,
  notes: "",
  followUp: "",
  snoozedUntil: null,
  outcome: "reached",
  ...extra,
});

describe("contact history", () => {
  test("tries after the last contact, the retry day, the last notes and inbound follow-ups", () => {
    const history = contactHistory(
      [
        entry(AS_OF - 30, { notes: "talked about the move" }),
        entry(AS_OF - 20, { outcome: "no answer" }), // settled by the contact of AS_OF - 10
        entry(AS_OF - 10, { notes: "daughter starting university" }),
        entry(AS_OF - 5, {
          direction: "inbound",
          notes: "asked about fees",
          followUp: "send fee table",
        }),
        entry(AS_OF - 3, { outcome: "left a message" }), // Friday
        entry(AS_OF - 3, { channel: "snooze", snoozedUntil: AS_OF + 9 }),
      ],
      AS_OF - 10,
      "personal",
      STANDARD_CALENDAR
    );
    expect(history.attempts).toEqual([AS_OF - 3]);
    // Friday's try + 2 days is Sunday: the client comes back on Monday.
    expect(history.retryOn).toBe(AS_OF);
    expect(history.lastNotes).toBe("asked about fees");
    expect(history.lastNotesOn).toBe(AS_OF - 5);
    expect(history.inbound).toEqual([
      { date: AS_OF - 5, notes: "asked about fees", followUp: "send fee table" },
    ]);
  });

  test("sent items are not tries at a call; unanswered calls are", () => {
    const sent = [entry(AS_OF - 2, { channel: "email", outcome: "sent" })];
    expect(contactHistory(sent, null, "mailing", STANDARD_CALENDAR).attempts).toEqual([]);
    expect(contactHistory(sent, null, "personal", STANDARD_CALENDAR).attempts).toEqual([]);
    const unanswered = [entry(AS_OF - 2, { outcome: "no answer" })];
    expect(contactHistory(unanswered, null, "mailing", STANDARD_CALENDAR).attempts).toEqual([
      AS_OF - 2,
    ]);
  });

  test("the card's words for tries", () => {
    expect(triesText([])).toBe("");
    expect(triesText([AS_OF])).toBe("1 try: 23 Nov");
    expect(triesText([AS_OF - 2, AS_OF])).toBe("2 tries: 21 Nov, 23 Nov");
  });
});
