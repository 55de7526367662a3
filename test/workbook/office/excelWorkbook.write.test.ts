import type { ClientRowUpdate } from "../../../src/workbook/workbookPort";
import { CLIENT_HEADERS, LOG_HEADERS, clientBook, idOf, logEntry } from "./clientTable";
import type { FakeExcel } from "./fakeExcel";
import type { Value } from "./fakeModel";

const LAST_CONTACT = CLIENT_HEADERS.indexOf("Last contact");
const NOTES = CLIENT_HEADERS.indexOf("Notes");

function contactUpdate(
  clientId: string,
  values: Record<string, Value> = { "Last contact": 46000 }
): ClientRowUpdate {
  return { table: "Clients", idHeader: "Client ID", clientId, values };
}

function clientValues(excel: FakeExcel): Value[][] {
  return excel.model.values(excel.model.table("Clients")!);
}

function logTable(excel: FakeExcel) {
  return excel.model.table("ContactLog");
}

describe("appendAndUpdate", () => {
  test("after a sort, the update lands on the client's row and only there, in two syncs", async () => {
    const { excel, workbook } = clientBook(10);
    await workbook.readTable("Clients");
    const table = excel.model.table("Clients")!;
    excel.model.reorder(table, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    const before = clientValues(excel);
    excel.syncs = 0;

    const result = await workbook.appendAndUpdate(
      logEntry(idOf(3), "talked"),
      contactUpdate(idOf(3), { "Last contact": 46000, Notes: "asked about the recital" })
    );

    expect(result).toEqual({ ok: true });
    expect(excel.syncs).toBe(2);
    const after = clientValues(excel);
    const row = after.findIndex((r) => r[0] === idOf(3));
    expect(row).toBe(7);
    expect(after[row][LAST_CONTACT]).toBe(46000);
    expect(after[row][NOTES]).toBe("asked about the recital");
    after.forEach((r, i) => {
      if (i !== row) expect(r).toEqual(before[i]);
    });
    expect(after[row].filter((_, c) => c !== LAST_CONTACT && c !== NOTES)).toEqual(
      before[row].filter((_, c) => c !== LAST_CONTACT && c !== NOTES)
    );
  });

  test("a mailing: many rows and many clients' updates in the same two syncs", async () => {
    const { excel, workbook } = clientBook(50);
    const ids = [3, 17, 41].map(idOf);
    const append = logEntry(ids[0], "newsletter sent");
    excel.syncs = 0;
    const result = await workbook.appendAndUpdate(
      { ...append, rows: ids.map((id) => [46001, id, "Ann", "newsletter", "", "sent"]) },
      ids.map((id) => contactUpdate(id, { "Last contact": 46001 }))
    );
    expect(result).toEqual({ ok: true });
    expect(excel.syncs).toBe(2);
    const after = clientValues(excel);
    expect(after.filter((r) => r[LAST_CONTACT] === 46001).map((r) => r[0])).toEqual(ids);
    expect(excel.model.values(logTable(excel)!).map((r) => r[1])).toEqual(ids);
  });

  test("a client deleted since the read is refused, and nothing is written anywhere", async () => {
    const { excel, workbook } = clientBook(10);
    await workbook.appendAndUpdate(logEntry(idOf(1), "first call"), contactUpdate(idOf(1)));
    const table = excel.model.table("Clients")!;
    excel.model.deleteRow(table, 2);
    const clientsBefore = clientValues(excel);
    const logBefore = excel.model.values(logTable(excel)!);
    excel.syncs = 0;

    const result = await workbook.appendAndUpdate(
      logEntry(idOf(3), "second call"),
      contactUpdate(idOf(3))
    );

    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(idOf(3));
    expect(!result.ok && result.message).toContain("Nothing was written");
    expect(excel.syncs).toBe(1);
    expect(clientValues(excel)).toEqual(clientsBefore);
    expect(excel.model.values(logTable(excel)!)).toEqual(logBefore);
  });

  test("a refused first contact does not create the log either", async () => {
    const { excel, workbook } = clientBook(5);

    const result = await workbook.appendAndUpdate(
      logEntry("C99999", "who?"),
      contactUpdate("C99999")
    );

    expect(result.ok).toBe(false);
    expect(logTable(excel)).toBeNull();
    expect(excel.model.sheet("Contact Log")).toBeNull();
  });

  test("an ID found twice, a missing column or a missing client table is refused, nothing written", async () => {
    const { excel, workbook } = clientBook(5);
    const table = excel.model.table("Clients")!;
    table.sheet.write(table.top + 5, table.left, idOf(1));
    const before = clientValues(excel);

    const twice = await workbook.appendAndUpdate(logEntry(idOf(1), "x"), contactUpdate(idOf(1)));
    const column = await workbook.appendAndUpdate(
      logEntry(idOf(2), "x"),
      contactUpdate(idOf(2), { "Last Contact ": 46000 })
    );
    const gone = await workbook.appendAndUpdate(logEntry(idOf(2), "x"), {
      ...contactUpdate(idOf(2)),
      table: "Old clients",
    });

    expect([twice.ok, column.ok, gone.ok]).toEqual([false, false, false]);
    expect(!twice.ok && twice.message).toContain("2 times");
    expect(!column.ok && column.message).toContain('"Last Contact "');
    expect(!gone.ok && gone.message).toContain('"Old clients"');
    expect(clientValues(excel)).toEqual(before);
    expect(logTable(excel)).toBeNull();
  });

  test("the log is created on first use, with its headers, on its own sheet", async () => {
    const { excel, workbook } = clientBook(3);

    await workbook.appendAndUpdate(logEntry(idOf(1), "hello"), null);

    const log = logTable(excel)!;
    expect(log.sheet.name).toBe("Contact Log");
    expect(excel.model.headers(log)).toEqual(LOG_HEADERS);
    expect(excel.model.values(log)).toEqual([[46000, idOf(1), "Ann", "call", 10, "hello"]]);
    expect(excel.model.body(log)[0][0].format).toBe("yyyy-mm-dd");
    expect((await workbook.listTables()).map((t) => t.name)).toEqual(["Clients", "ContactLog"]);
  });

  test("a sheet of the log's name that the user already has is left alone; the log goes on a new sheet", async () => {
    const { excel, workbook } = clientBook(3);
    excel.model.addSheet("Contact Log").write(0, 0, "my own notes");

    await workbook.appendAndUpdate(logEntry(idOf(1), "hello"), null);

    expect(excel.model.sheet("Contact Log")!.cell(0, 0).value).toBe("my own notes");
    expect(logTable(excel)!.sheet.name).toBe("Contact Log (2)");
  });

  test.each(["=SUM(A1)", "+1 call back", "-", "- left a message", "@home", "00123", "1-2"])(
    "the note %p is written as text, in the log and in the client row",
    async (note) => {
      const { excel, workbook } = clientBook(3);

      await workbook.appendAndUpdate(
        logEntry(idOf(2), note),
        contactUpdate(idOf(2), { Notes: note })
      );
      await workbook.appendAndUpdate(logEntry(idOf(2), note), null);

      for (const row of excel.model.body(logTable(excel)!)) {
        expect(row[5]).toEqual({ value: note, format: "@" });
        expect(row[1]).toEqual({ value: idOf(2), format: "@" });
      }
      const client = excel.model.body(excel.model.table("Clients")!)[1];
      expect(client[NOTES]).toEqual({ value: note, format: "@" });
      expect(excel.model.sheets.flatMap((sheet) => sheet.formulas)).toEqual([]);
    }
  );

  test("appending twice keeps the earlier rows, and what the user keeps below the log moves down", async () => {
    const { excel, workbook } = clientBook(3);
    await workbook.appendAndUpdate(logEntry(idOf(1), "first", 46000), null);
    const log = logTable(excel)!;
    log.sheet.write(log.top + 3, 0, "user's total");
    excel.syncs = 0;

    await workbook.appendAndUpdate(logEntry(idOf(2), "second", 46001), null);

    expect(excel.syncs).toBe(2);
    expect(excel.model.values(log)).toEqual([
      [46000, idOf(1), "Ann", "call", 10, "first"],
      [46001, idOf(2), "Ann", "call", 10, "second"],
    ]);
    expect(log.sheet.cell(log.top + 4, 0).value).toBe("user's total");
  });

  test("a log whose columns the user moved or added to gets each value under its own header", async () => {
    const { excel, workbook } = clientBook(3);
    excel.model.addTable(
      "Contact Log",
      "ContactLog",
      ["Notes", "Mood", ...LOG_HEADERS.slice(0, 5)],
      [["old", "ok", 45000, idOf(3), "Bo", "card", 0]]
    );

    await workbook.appendAndUpdate(logEntry(idOf(1), "new"), null);

    expect(excel.model.values(logTable(excel)!)).toEqual([
      ["old", "ok", 45000, idOf(3), "Bo", "card", 0],
      ["new", "", 46000, idOf(1), "Ann", "call", 10],
    ]);
  });
});

describe("addColumn and createTable", () => {
  test("addColumn writes the header and the values as given, in two syncs", async () => {
    const { excel, workbook } = clientBook(3);
    excel.syncs = 0;

    expect(await workbook.addColumn("Clients", "RH ID", ["007", "=1+1", 3])).toEqual({ ok: true });

    expect(excel.syncs).toBe(2);
    const table = excel.model.table("Clients")!;
    expect(excel.model.headers(table).at(-1)).toBe("RH ID");
    expect(excel.model.body(table).map((row) => row.at(-1))).toEqual([
      { value: "007", format: "@" },
      { value: "=1+1", format: "@" },
      { value: 3, format: "General" },
    ]);
  });

  test("addColumn refuses when the table has another row count now, or already has the column", async () => {
    const { excel, workbook } = clientBook(3);
    const table = excel.model.table("Clients")!;
    excel.model.deleteRow(table, 0);
    const before = excel.model.headers(table);

    const changed = await workbook.addColumn("Clients", "RH ID", ["a", "b", "c"]);
    const exists = await workbook.addColumn("Clients", "Name", ["a", "b"]);
    const missing = await workbook.addColumn("Nope", "RH ID", []);

    expect(!changed.ok && changed.message).toContain("has 2 rows now, not 3");
    expect(!exists.ok && exists.message).toContain('already has a column "Name"');
    expect(missing.ok).toBe(false);
    expect(excel.model.headers(table)).toEqual(before);
  });

  test("createTable writes the sample list on a new sheet: dates formatted, text kept as text", async () => {
    const { excel, workbook } = clientBook(1);
    excel.syncs = 0;

    const info = await workbook.createTable(
      "Clients",
      "Sample",
      ["ID", "Since", "Notes"],
      [
        ["S1", 45000, "=ask"],
        ["S2", 45001, "ok"],
      ],
      [1]
    );

    expect(excel.syncs).toBe(2);
    expect(info).toEqual({
      name: "Sample",
      sheet: "Clients (2)",
      headers: ["ID", "Since", "Notes"],
      rowCount: 2,
    });
    const body = excel.model.body(excel.model.table("Sample")!);
    expect(body[0]).toEqual([
      { value: "S1", format: "@" },
      { value: 45000, format: "yyyy-mm-dd" },
      { value: "=ask", format: "@" },
    ]);
    await expect(workbook.createTable("Other", "sample", ["ID"], [], [])).rejects.toThrow(
      'already a table named "sample"'
    );
    expect(excel.model.sheet("Other")).toBeNull();
  });

  test("the fake, like Office.js, throws on a property read before its sync", async () => {
    const { excel } = clientBook(1);
    const name = await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Clients");
      table.load("name");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the mistake under test
      expect(() => table.name).toThrow("is not available");
      await context.sync();
      return table.name;
    });
    expect(name).toBe("Clients");
  });
});

describe("removeRowAndUpdate (undo)", () => {
  test("after more logs and a sort, the matching log row goes and the client is restored, in two syncs", async () => {
    const { excel, workbook } = clientBook(10);
    await workbook.appendAndUpdate(logEntry(idOf(1), "first"), contactUpdate(idOf(1)));
    await workbook.appendAndUpdate(logEntry(idOf(2), "second"), contactUpdate(idOf(2)));
    await workbook.appendAndUpdate(logEntry(idOf(3), "third"), contactUpdate(idOf(3)));
    excel.model.reorder(excel.model.table("Clients")!, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    excel.syncs = 0;
    const result = await workbook.removeRowAndUpdate(
      { table: "ContactLog", match: { [LOG_HEADERS[1]]: idOf(2), [LOG_HEADERS[5]]: "second" } },
      contactUpdate(idOf(2), { "Last contact": 45000 })
    );
    expect(result).toEqual({ ok: true });
    expect(excel.syncs).toBe(2);
    expect(excel.model.values(logTable(excel)!).map((r) => r[5])).toEqual(["first", "third"]);
    expect(clientValues(excel).find((r) => r[0] === idOf(2))![LAST_CONTACT]).toBe(45000);
  });

  test("a row no longer there is refused after one sync; nothing is written", async () => {
    const { excel, workbook } = clientBook(5);
    await workbook.appendAndUpdate(logEntry(idOf(1), "first"), contactUpdate(idOf(1)));
    const before = clientValues(excel);
    excel.syncs = 0;
    const result = await workbook.removeRowAndUpdate(
      { table: "ContactLog", match: { [LOG_HEADERS[5]]: "never logged" } },
      contactUpdate(idOf(1), { "Last contact": 1 })
    );
    expect(result.ok).toBe(false);
    expect(excel.syncs).toBe(1);
    expect(clientValues(excel)).toEqual(before);
    expect(excel.model.values(logTable(excel)!)).toHaveLength(1);
  });
});
