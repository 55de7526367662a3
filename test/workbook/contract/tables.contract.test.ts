/**
 * The workbook port's contract for tables, settings and the date system: every implementation in
 * implementations.ts answers alike, refusals word for word.
 */
import { IMPLEMENTATIONS } from "./implementations";
import { CLIENT_HEADERS, CLIENT_ROWS, withClients } from "./books";

describe.each(IMPLEMENTATIONS)("WorkbookPort contract, tables: $name", ({ open }) => {
  test("listTables gives each table's name, sheet, headers and row count", async () => {
    const { port } = open();
    await withClients(port);
    await port.createTable("Prices", "Prices", ["Product", "Price"], [["Pen", 2]], []);

    const tables = await port.listTables();

    expect(tables).toHaveLength(2);
    expect(tables).toEqual(
      expect.arrayContaining([
        { name: "Clients", sheet: "Clients", headers: CLIENT_HEADERS, rowCount: 3 },
        { name: "Prices", sheet: "Prices", headers: ["Product", "Price"], rowCount: 1 },
      ])
    );
  });

  test("readTable finds a table whatever the case of its name, with its rows", async () => {
    const { port } = open();
    await withClients(port);

    const data = await port.readTable("cLIENTS");

    expect(data).toMatchObject({ name: "Clients", sheet: "Clients", headers: CLIENT_HEADERS });
    expect(data.rowCount).toBe(3);
    expect(data.rows).toEqual(CLIENT_ROWS);
    expect(data.firstRowNumber).toBe(2);
  });

  test("readTable of a missing table throws, naming it", async () => {
    const { port } = open();
    await withClients(port);

    await expect(port.readTable("Nope")).rejects.toThrow(
      'There is no table "Nope" in this workbook.'
    );
  });

  test("readTableIfExists gives null for a missing table and the data, any case, otherwise", async () => {
    const { port } = open();
    await withClients(port);

    expect(await port.readTableIfExists("Nope")).toBeNull();
    expect((await port.readTableIfExists("clients"))?.rows).toEqual(CLIENT_ROWS);
  });

  test("createTable puts a table on a new sheet, named apart when the name is taken", async () => {
    const { port } = open();
    await withClients(port);

    const info = await port.createTable("clients", "Other", ["ID"], [["x"]], []);

    expect(info).toEqual({ name: "Other", sheet: "clients (2)", headers: ["ID"], rowCount: 1 });
    expect(await port.sheetExists("clients (2)")).toBe(true);
    expect((await port.readTable("Other")).rows).toEqual([["x"]]);
  });

  test("createTable refuses a table name taken, whatever its case", async () => {
    const { port } = open();
    await withClients(port);

    await expect(port.createTable("Elsewhere", "CLIENTS", ["ID"], [], [])).rejects.toThrow(
      'There is already a table named "CLIENTS" in this workbook.'
    );
    expect(await port.listTables()).toHaveLength(1);
  });

  test("convertToTable makes a plain range a table: its first row the headers, the rest its rows", async () => {
    const { port } = open();
    await port.writeSheet({
      sheet: "Typed",
      blocks: [
        {
          at: "A1",
          values: [
            ["ID", "Name"],
            ["C-1", "Ames"],
            ["C-2", "Baker"],
          ],
        },
      ],
      names: [],
    });

    const info = await port.convertToTable("Typed", "A1:B3", "Clients");

    expect(info).toEqual({ name: "Clients", sheet: "Typed", headers: ["ID", "Name"], rowCount: 2 });
    expect((await port.readTable("Clients")).rows).toEqual([
      ["C-1", "Ames"],
      ["C-2", "Baker"],
    ]);
  });

  test("settings: null until saved, then the value last saved", async () => {
    const { port } = open();

    expect(await port.loadSetting("mapping")).toBeNull();
    await port.saveSetting("mapping", '{"id":"Client ID"}');
    await port.saveSetting("other", "x");
    await port.saveSetting("mapping", '{"id":"ID"}');

    expect(await port.loadSetting("mapping")).toBe('{"id":"ID"}');
    expect(await port.loadSetting("other")).toBe("x");
  });

  test("a new workbook is in the 1900 date system", async () => {
    const { port } = open();

    expect(await port.dateSystem()).toBe("1900");
  });
});

describe.each(IMPLEMENTATIONS)("WorkbookPort contract, addColumn: $name", ({ open }) => {
  test("adds a column at the table's right, one value a row", async () => {
    const { port } = open();
    await withClients(port);

    expect(await port.addColumn("clients", "Score", [1, 2, 3])).toEqual({ ok: true });

    const data = await port.readTable("Clients");
    expect(data.headers).toEqual([...CLIENT_HEADERS, "Score"]);
    expect(data.rows.map((r) => r[5])).toEqual([1, 2, 3]);
  });

  test("refuses when the table has another number of rows now", async () => {
    const { port } = open();
    await withClients(port);

    expect(await port.addColumn("Clients", "Score", [1, 2])).toEqual({
      ok: false,
      message:
        'The table "Clients" has 3 rows now, not 2: it changed since it was read. Nothing was written.',
    });
    expect((await port.readTable("Clients")).headers).toEqual(CLIENT_HEADERS);
  });

  test("refuses a table that is gone", async () => {
    const { port } = open();

    expect(await port.addColumn("Clients", "Score", [])).toEqual({
      ok: false,
      message: 'There is no table "Clients" any more. Nothing was written.',
    });
  });

  test("refuses a header the table has already, whatever its case", async () => {
    const { port } = open();
    await withClients(port);

    expect(await port.addColumn("Clients", "notes", [1, 2, 3])).toEqual({
      ok: false,
      message: 'The table "Clients" already has a column "notes". Nothing was written.',
    });
    expect((await port.readTable("Clients")).headers).toEqual(CLIENT_HEADERS);
  });
});
