/**
 * The workbook port's contract for undo (removeRowAndUpdate): the log row is taken out and every
 * client row given — one client, or a household's members — is written back in the same call; a
 * member no longer in the table refuses the whole undo.
 */
import { IMPLEMENTATIONS } from "./implementations";
import { CLIENT_ROWS, contactUpdate, logEntry, withClients } from "./books";

const match = (clientId: string, notes: string) => ({
  table: "ContactLog",
  match: { "Client ID": clientId, Notes: notes },
});

describe.each(IMPLEMENTATIONS)("WorkbookPort contract, removeRowAndUpdate: $name", ({ open }) => {
  test("a household's members are all written back with the row taken out", async () => {
    const { port } = open();
    await withClients(port);
    await port.appendAndUpdate(logEntry("C-1", "kept"), null);
    await port.appendAndUpdate(logEntry("C-2", "household call"), [
      contactUpdate("C-2"),
      contactUpdate("C-3"),
    ]);

    const result = await port.removeRowAndUpdate(match("C-2", "household call"), [
      contactUpdate("C-2", { "Last contact": CLIENT_ROWS[1][3], Notes: CLIENT_ROWS[1][4] }),
      contactUpdate("C-3", { "Last contact": CLIENT_ROWS[2][3] }),
    ]);

    expect(result).toEqual({ ok: true });
    expect((await port.readTable("ContactLog")).rows.map((r) => r[3])).toEqual(["kept"]);
    const rows = (await port.readTable("Clients")).rows;
    expect(rows[1]).toEqual(CLIENT_ROWS[1]);
    expect(rows[2].slice(0, 4)).toEqual(CLIENT_ROWS[2].slice(0, 4));
  });

  test("a member no longer in the table refuses the undo and writes nothing", async () => {
    const { port } = open();
    await withClients(port);
    await port.appendAndUpdate(logEntry("C-2", "household call"), null);
    const before = (await port.readTable("Clients")).rows;

    const result = await port.removeRowAndUpdate(match("C-2", "household call"), [
      contactUpdate("C-2"),
      contactUpdate("C-9"),
    ]);

    expect(result.ok).toBe(false);
    expect((await port.readTable("ContactLog")).rows).toHaveLength(1);
    expect((await port.readTable("Clients")).rows).toEqual(before);
  });
});
