import fc from "fast-check";
import { entriesByClient } from "../../../src/core/book/contactHistory";
import type { ContactEntry } from "../../../src/core/book/contactLog";
import { LogByClient } from "../../../src/core/book/logByClient";

function entry(clientId: string, date: number): ContactEntry {
  return {
    date,
    clientId,
    clientName: clientId,
    who: "Dana",
    channel: "call",
    direction: "outbound",
    minutes: null,
    notes: "",
    followUp: "",
    snoozedUntil: null,
    outcome: null,
  };
}

describe("the log's entries per client of a book", () => {
  test("each client's entries in log order; none for a client without; other IDs left out", () => {
    const log = [entry("A", 1), entry("B", 2), entry("X", 3), entry("A", 4)];
    const index = new LogByClient(log, ["A", "B", "C"]);
    expect(index.entriesOf(0)).toEqual([log[0], log[3]]);
    expect(index.entriesOf(1)).toEqual([log[1]]);
    expect(index.entriesOf(2)).toEqual([]);
  });

  test("property: the same lists as grouping the log by ID, duplicate IDs included", () => {
    const id = fc.constantFrom("C-1", "C-2", "C-3", "c-1", "", "constructor");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(id, fc.integer({ min: 1, max: 50 }))),
        fc.array(id, { maxLength: 8 }),
        (rows, ids) => {
          const log = rows.map(([c, d]) => entry(c, d));
          const grouped = entriesByClient(log);
          const index = new LogByClient(log, ids);
          ids.forEach((c, i) => expect(index.entriesOf(i)).toEqual(grouped.get(c) ?? []));
        }
      )
    );
  });
});
