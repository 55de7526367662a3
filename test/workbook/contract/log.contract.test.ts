/**
 * The workbook port's contract for logging a contact (appendAndUpdate): the log row goes into the
 * log table's own columns, the client's row is found again by its ID, and a refusal, worded the
 * same everywhere, leaves the whole book as it was.
 */
import type { WorkbookPort } from "../../../src/workbook/workbookPort";
import { IMPLEMENTATIONS } from "./implementations";
import { CLIENT_ROWS, LOG_HEADERS, contactUpdate, logEntry, withClients } from "./books";

async function snapshot(port: WorkbookPort) {
  return {
    clients: (await port.readTable("Clients")).rows,
    log: (await port.readTableIfExists("ContactLog"))?.rows ?? null,
  };
}

describe.each(IMPLEMENTATIONS)("WorkbookPort contract, appendAndUpdate: $name", ({ open }) => {
  test("the first contact makes the log on its own sheet and moves the client's row on", async () => {
    const { port } = open();
    await withClients(port);

    const result = await port.appendAndUpdate(logEntry("C-2", "talked"), contactUpdate("C-2"));

    expect(result).toEqual({ ok: true });
    const log = await port.readTable("ContactLog");
    expect(log).toMatchObject({ sheet: "Contact Log", headers: LOG_HEADERS });
    expect(log.rows).toEqual([[46000, "C-2", "call", "talked"]]);
    expect((await port.readTable("Clients")).rows).toEqual([
      CLIENT_ROWS[0],
      ["C-2", "Baker", "B", 46000, "called"],
      CLIENT_ROWS[2],
    ]);
  });

  test("with no update, only the log grows", async () => {
    const { port } = open();
    await withClients(port);

    await port.appendAndUpdate(logEntry("C-1", "one"), null);
    expect(await port.appendAndUpdate(logEntry("C-3", "two"), null)).toEqual({ ok: true });

    expect((await port.readTable("ContactLog")).rows.map((r) => r[3])).toEqual(["one", "two"]);
    expect((await port.readTable("Clients")).rows).toEqual(CLIENT_ROWS);
  });

  test("values go into the log table's own column order; its other columns stay blank", async () => {
    const { port } = open();
    await withClients(port);
    // With a row already there: a table made empty keeps one blank body row in Excel, none here.
    const logHeaders = ["Notes", "Extra", "Client ID", "Channel", "Date"];
    const earlier = ["earlier", "mine", "C-3", "visit", 45900];
    await port.createTable("Contact Log", "ContactLog", logHeaders, [earlier], [4]);

    expect(await port.appendAndUpdate(logEntry("C-1", "moved"), null)).toEqual({ ok: true });

    expect((await port.readTable("ContactLog")).rows).toEqual([
      earlier,
      ["moved", "", "C-1", "call", 46000],
    ]);
  });

  test("the log table is found whatever the case of its name", async () => {
    const { port } = open();
    await withClients(port);
    await port.appendAndUpdate(logEntry("C-1", "one"), null);

    await port.appendAndUpdate(logEntry("C-1", "two", "CONTACTLOG"), null);

    expect(await port.listTables()).toHaveLength(2);
    expect((await port.readTable("ContactLog")).rows).toHaveLength(2);
  });

  test("a new log goes on a sheet of another name when its sheet's name is taken", async () => {
    const { port } = open();
    await withClients(port);
    await port.writeSheet({
      sheet: "Contact Log",
      blocks: [{ at: "A1", values: [["mine"]] }],
      names: [],
    });

    await port.appendAndUpdate(logEntry("C-1", "one"), null);

    expect((await port.readTable("ContactLog")).sheet).toBe("Contact Log (2)");
  });

  test("strings stay text, never formulas or numbers, in the log and the client's row", async () => {
    const { port } = open();
    await withClients(port);
    const entry = logEntry("C-1", "=SUM(A1)");
    const typed = { ...entry, rows: [[46000, "C-1", 7, "=SUM(A1)"]] };

    await port.appendAndUpdate(typed, contactUpdate("C-1", { Notes: "00123" }));
    await port.appendAndUpdate(entry, contactUpdate("C-1", { Notes: "+1 555" }));

    expect((await port.readTable("ContactLog")).rows).toEqual([
      [46000, "C-1", "7", "=SUM(A1)"],
      [46000, "C-1", "call", "=SUM(A1)"],
    ]);
    expect((await port.readTable("Clients")).rows[0][4]).toBe("+1 555");
  });

  test("after a sort, the update lands on the client's row, found by its ID", async () => {
    const { port, sortRows } = open();
    await withClients(port);
    await port.readTable("Clients");
    sortRows("Clients", [2, 1, 0]);

    await port.appendAndUpdate(logEntry("C-1", "sorted"), contactUpdate("C-1"));

    expect((await port.readTable("Clients")).rows).toEqual([
      CLIENT_ROWS[2],
      CLIENT_ROWS[1],
      ["C-1", "Ames", "A", 46000, "called"],
    ]);
  });

  test("refuses a log table without one of the columns, and writes nothing", async () => {
    const { port } = open();
    await withClients(port);
    await port.createTable("Contact Log", "ContactLog", ["Date", "Client ID"], [], [0]);
    const before = await snapshot(port);

    const result = await port.appendAndUpdate(logEntry("C-1", "x"), contactUpdate("C-1"));

    expect(result).toEqual({
      ok: false,
      message: 'The table "ContactLog" has no column "Channel", "Notes". Nothing was written.',
    });
    expect(await snapshot(port)).toEqual(before);
  });

  test("refuses a client whose ID is gone, and does not even make the log", async () => {
    const { port } = open();
    await withClients(port);

    const result = await port.appendAndUpdate(logEntry("C-9", "who?"), contactUpdate("C-9"));

    expect(result).toEqual({
      ok: false,
      message:
        'Client C-9 is no longer in the table "Clients" (deleted, or its ID changed). Nothing was written.',
    });
    expect(await snapshot(port)).toEqual({ clients: CLIENT_ROWS, log: null });
  });

  test("refuses a client ID that is there twice", async () => {
    const { port } = open();
    await port.createTable(
      "Clients",
      "Clients",
      ["Client ID", "Notes"],
      [
        ["C-1", "a"],
        ["C-1", "b"],
      ],
      []
    );

    const result = await port.appendAndUpdate(
      logEntry("C-1", "x"),
      contactUpdate("C-1", { Notes: "y" })
    );

    expect(result).toEqual({
      ok: false,
      message:
        'Client ID C-1 appears 2 times in the table "Clients"; make it unique first. Nothing was written.',
    });
  });

  test("refuses an update to a column the client table no longer has", async () => {
    const { port } = open();
    await withClients(port);
    const before = await snapshot(port);

    const result = await port.appendAndUpdate(
      logEntry("C-1", "x"),
      contactUpdate("C-1", { Owner: "Ann" })
    );

    expect(result).toEqual({
      ok: false,
      message: 'The table "Clients" has no column "Owner" any more. Nothing was written.',
    });
    expect(await snapshot(port)).toEqual(before);
  });

  test("refuses when the client table or its ID column is gone", async () => {
    const { port } = open();
    await withClients(port);
    const noTable = { ...contactUpdate("C-1"), table: "Customers" };
    const noColumn = { ...contactUpdate("C-1"), idHeader: "Number" };

    const results = [
      await port.appendAndUpdate(logEntry("C-1", "x"), noTable),
      await port.appendAndUpdate(logEntry("C-1", "x"), noColumn),
    ];

    expect(results).toEqual([
      {
        ok: false,
        message:
          'The client table "Customers" or its column "Client ID" is no longer in the workbook. Nothing was written.',
      },
      {
        ok: false,
        message:
          'The client table "Clients" or its column "Number" is no longer in the workbook. Nothing was written.',
      },
    ]);
    expect(await port.readTableIfExists("ContactLog")).toBeNull();
  });
});
