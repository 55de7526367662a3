/**
 * The workbook port's contract for taking a logged contact back (removeRowAndUpdate): the last
 * log row holding the given values goes, the rows below it move up, the client's row is written
 * back in the same change, and a refusal, worded the same everywhere, leaves the book as it was.
 */
import type { WorkbookPort } from "../../../src/workbook/workbookPort";
import { IMPLEMENTATIONS } from "./implementations";
import { CLIENT_ROWS, contactUpdate, logEntry, withClients } from "./books";

const ENTRIES: readonly [string, string][] = [
  ["C-1", "one"],
  ["C-2", "two"],
  ["C-1", "one"],
  ["C-3", "four"],
];

async function withLog(port: WorkbookPort): Promise<void> {
  await withClients(port);
  for (const [id, notes] of ENTRIES) {
    const result = await port.appendAndUpdate(logEntry(id, notes), null);
    if (!result.ok) throw new Error(result.message);
  }
}

async function snapshot(port: WorkbookPort) {
  return {
    clients: (await port.readTable("Clients")).rows,
    log: (await port.readTable("ContactLog")).rows,
  };
}

const BACK = contactUpdate("C-1", { "Last contact": 45000, Notes: "first" });

describe.each(IMPLEMENTATIONS)("WorkbookPort contract, removeRowAndUpdate: $name", ({ open }) => {
  test("takes out the last matching row, moves the rows below up, writes the client back", async () => {
    const { port } = open();
    await withLog(port);
    await port.appendAndUpdate(logEntry("C-1", "x"), contactUpdate("C-1"));
    await port.removeRowAndUpdate(
      { table: "ContactLog", match: { "Client ID": "C-1", Notes: "x" } },
      null
    );

    const result = await port.removeRowAndUpdate(
      { table: "ContactLog", match: { "Client ID": "C-1", Notes: "one" } },
      BACK
    );

    expect(result).toEqual({ ok: true });
    expect((await port.readTable("ContactLog")).rows).toEqual([
      [46000, "C-1", "call", "one"],
      [46000, "C-2", "call", "two"],
      [46000, "C-3", "call", "four"],
    ]);
    expect((await port.readTable("Clients")).rows).toEqual(CLIENT_ROWS);
    const log = (await port.listTables()).find((t) => t.name === "ContactLog");
    expect(log?.rowCount).toBe(3);
  });

  test("the log keeps taking contacts after a row went", async () => {
    const { port } = open();
    await withLog(port);
    await port.removeRowAndUpdate({ table: "ContactLog", match: { Notes: "two" } }, null);

    await port.appendAndUpdate(logEntry("C-2", "again"), null);

    expect((await port.readTable("ContactLog")).rows.map((r) => r[3])).toEqual([
      "one",
      "one",
      "four",
      "again",
    ]);
  });

  test("refuses an entry that is no longer there, and writes nothing", async () => {
    const { port } = open();
    await withLog(port);
    const before = await snapshot(port);

    const result = await port.removeRowAndUpdate(
      { table: "ContactLog", match: { "Client ID": "C-2", Notes: "one" } },
      BACK
    );

    expect(result).toEqual({
      ok: false,
      message:
        'That entry is no longer in the table "ContactLog" (deleted or changed). Nothing was written.',
    });
    expect(await snapshot(port)).toEqual(before);
  });

  test("refuses a client who is gone, and takes nothing out", async () => {
    const { port } = open();
    await withLog(port);
    const before = await snapshot(port);

    const result = await port.removeRowAndUpdate(
      { table: "ContactLog", match: { Notes: "four" } },
      contactUpdate("C-9")
    );

    expect(result).toEqual({
      ok: false,
      message:
        'Client C-9 is no longer in the table "Clients" (deleted, or its ID changed). Nothing was written.',
    });
    expect(await snapshot(port)).toEqual(before);
  });
});
