import { scoreBook, type BookClient } from "../../../src/core/book/clientBook";
import type { ContactEntry } from "../../../src/core/book/contactLog";
import { DEFAULT_SETTINGS } from "../../../src/core/book/settings";
import {
  householdLastContact,
  membersMoved,
  otherMembers,
} from "../../../src/core/households/householdContact";
import { AS_OF, d, householdRecords } from "../../fixtures/householdBook";

const clients = scoreBook(householdRecords(), DEFAULT_SETTINGS);
const byId = (id: string): BookClient | undefined => clients.find((c) => c.id === id);

const entry = (
  clientId: string,
  date: number,
  extra: Partial<ContactEntry> = {}
): ContactEntry => ({
  date,
  clientId,
  clientName: clientId,
  who: "Dana",
  channel: "call",
  direction: "outbound",
  minutes: 10,
  notes: "",
  followUp: "",
  snoozedUntil: null,
  outcome: "reached",
  ...extra,
});

describe("a contact with one member moves the family", () => {
  test("the other members' last contacts move to the day of the contact", () => {
    const maria = byId("H-1")!;
    expect(otherMembers(maria, byId).map((c) => c.id)).toEqual(["H-2"]);
    const moves = membersMoved(maria, entry("H-1", AS_OF), {}, byId);
    expect(moves.map((m) => [m.client.id, m.lastContact])).toEqual([["H-2", AS_OF]]);
  });

  test("a voicemail, an inbound call or an old contact logged late moves no one", () => {
    const maria = byId("H-1")!;
    expect(
      membersMoved(maria, entry("H-1", AS_OF, { outcome: "left a message" }), {}, byId)
    ).toEqual([]);
    expect(membersMoved(maria, entry("H-1", AS_OF, { direction: "inbound" }), {}, byId)).toEqual(
      []
    );
    expect(membersMoved(maria, entry("H-1", d("2026-01-01")), {}, byId)).toEqual([]);
  });

  test("a client on their own moves no one", () => {
    expect(membersMoved(byId("H-3")!, entry("H-3", AS_OF), {}, byId)).toEqual([]);
  });

  test("replayed from the log, the last contact is the latest with any member", () => {
    const log = [
      entry("H-2", AS_OF - 5),
      entry("H-1", AS_OF - 9),
      entry("H-1", AS_OF - 1, { outcome: "no answer" }),
      entry("H-3", AS_OF),
    ];
    expect(householdLastContact(new Set(["H-1", "H-2"]), log, () => ({}))).toBe(AS_OF - 5);
    expect(householdLastContact(new Set(["H-4"]), log, () => ({}))).toBeNull();
  });
});
