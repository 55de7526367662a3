import {
  CONTACT_LOG_HEADERS,
  contactedOn,
  contactEffect,
  contactLogRow,
  readContactLog,
  snoozes,
  type ContactEntry,
} from "../../../src/core/book/contactLog";

const call: ContactEntry = {
  date: 46349,
  clientId: "C-1",
  clientName: "Ames",
  who: "Dana",
  channel: "call",
  direction: "outbound",
  minutes: 10,
  notes: "=talked about the move",
  followUp: "ask how the recital went",
  snoozedUntil: null,
  outcome: "reached",
};

describe("contact log", () => {
  test("a row round-trips through the log's headers", () => {
    const rows = [
      contactLogRow(call),
      contactLogRow({ ...call, channel: "snooze", snoozedUntil: 46360, minutes: null }),
    ];
    expect(readContactLog([...CONTACT_LOG_HEADERS], rows)).toEqual([
      call,
      { ...call, channel: "snooze", snoozedUntil: 46360, minutes: null },
    ]);
  });

  test("a log written before outcomes (no Outcome column) reads with no outcome, which counts", () => {
    const old = CONTACT_LOG_HEADERS.filter((h) => h !== "Outcome");
    const [entry] = readContactLog(old, [contactLogRow(call).slice(0, old.length)]);
    expect(entry.outcome).toBeNull();
    expect(contactEffect(entry, 46300).lastContact).toBe(46349);
  });

  test("only outcomes that fit the tier's way of contact move the rotation", () => {
    const moves = (outcome: ContactEntry["outcome"], mode: "personal" | "mailing") =>
      contactEffect({ ...call, outcome }, 46300, { mode }).lastContact !== null;
    expect(moves("reached", "personal")).toBe(true);
    expect(moves("met", "personal")).toBe(true);
    expect(moves("left a message", "personal")).toBe(false);
    expect(moves("no answer", "personal")).toBe(false);
    expect(moves("sent", "personal")).toBe(false);
    expect(moves("sent", "mailing")).toBe(true);
    expect(moves("no answer", "mailing")).toBe(false);
    expect(moves(null, "personal")).toBe(true);
  });

  test("rows without a date or client ID are passed over; columns are found by header", () => {
    const headers = ["Client ID", "Date", "Channel"];
    expect(
      readContactLog(headers, [
        ["C-2", "", "call"],
        ["", 46349, "call"],
        ["C-3", "2026-11-20", "Meeting"],
      ])
    ).toEqual([
      expect.objectContaining({
        clientId: "C-3",
        date: 46346,
        channel: "meeting",
        direction: "outbound",
      }),
    ]);
  });

  test("a proactive contact later than the last one moves the date and replaces the follow-up", () => {
    expect(contactEffect(call, 46300)).toEqual({
      lastContact: 46349,
      followUp: "ask how the recital went",
    });
    expect(contactEffect(call, null)).toEqual({
      lastContact: 46349,
      followUp: "ask how the recital went",
    });
  });

  test("a blank follow-up keeps the one on record unless clearing is asked for", () => {
    expect(contactEffect({ ...call, followUp: " " }, 46300)).toEqual({
      lastContact: 46349,
      followUp: null,
    });
    expect(contactEffect({ ...call, followUp: "" }, 46300, { clearFollowUp: true })).toEqual({
      lastContact: 46349,
      followUp: "",
    });
  });

  test("inbound contacts, snoozes and contacts older than the last one change nothing", () => {
    const none = { lastContact: null, followUp: null };
    expect(contactEffect({ ...call, direction: "inbound" }, 46300)).toEqual(none);
    expect(contactEffect({ ...call, channel: "snooze" }, 46300)).toEqual(none);
    expect(contactEffect(call, 46349)).toEqual(none);
    expect(contactEffect({ ...call, date: 46200 }, 46300)).toEqual(none);
  });

  test("each client's latest snooze", () => {
    const snooze = (clientId: string, until: number): ContactEntry => ({
      ...call,
      clientId,
      channel: "snooze",
      snoozedUntil: until,
    });
    expect(
      snoozes([snooze("C-1", 46360), snooze("C-1", 46355), call, snooze("C-2", 46370)])
    ).toEqual(
      new Map([
        ["C-1", 46360],
        ["C-2", 46370],
      ])
    );
  });

  test("the clients I contacted proactively today: no inbound calls, no snoozes, nobody else's", () => {
    const entries = [
      call,
      { ...call, clientId: "C-2", direction: "inbound" as const },
      { ...call, clientId: "C-3", channel: "snooze" as const },
      { ...call, clientId: "C-4", who: "Lee" },
      { ...call, clientId: "C-5", date: call.date - 1 },
      { ...call, clientId: "C-6", who: " dana " },
    ];
    expect([...contactedOn(entries, call.date, "Dana")]).toEqual(["C-1", "C-6"]);
    expect([...contactedOn(entries, call.date, "")]).toEqual(["C-1", "C-4", "C-6"]);
  });
});
