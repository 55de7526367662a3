import { loadBook, MAPPING_SETTING } from "../../src/app/loadBook";
import { insertSample, makeTable } from "../../src/app/setupActions";
import { SAMPLE_SIZE } from "../../src/core/sample/sampleBook";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { HEADERS, ROWS } from "../fixtures/smallBook";
import { loaded, smallWorkbook } from "./bookSession";

describe("loading the book", () => {
  test("finds the client table by its headers, reads settings and scores the clients", async () => {
    const book = await loaded(await smallWorkbook());
    expect(book.table.name).toBe("Clients");
    expect(book.mappingConfirmed).toBe(true);
    expect(book.hasSettingsSheet).toBe(true);
    expect(book.settings.me).toBe("Dana");
    expect(book.clients).toHaveLength(7);
    expect(book.problems).toEqual([]);
  });

  test("without a saved mapping, the guess is offered for confirmation", async () => {
    const book = await loaded(await smallWorkbook({ confirmed: false }));
    expect(book.mappingConfirmed).toBe(false);
    expect(book.mapping.lastContact).toBe("Last contact");
  });

  test("a workbook without a client table says so and offers the active sheet's list", async () => {
    const port = new MemoryWorkbook();
    await port.createTable("Prices", "Prices", ["Product", "Price"], [["Pen", 2]], []);
    port.activeSheet = {
      sheet: "Sheet1",
      address: "A1:C3",
      values: [
        ["Client", "Last contact", "Owner"],
        ["Ames", 46000, "Dana"],
        ["Baker", 46001, "Lee"],
      ],
    };
    expect(await loadBook(port)).toEqual({
      state: "no-table",
      activeSheet: {
        sheet: "Sheet1",
        address: "A1:C3",
        headers: ["Client", "Last contact", "Owner"],
        knownHeaders: 3,
        blankRows: [],
        totalsRow: null,
        rowsAbove: 0,
      },
    });
  });

  test("a banner, a blank row inside and a totals row: the offer is the list, and the table made reads it", async () => {
    const port = new MemoryWorkbook();
    const banner = "Client list — Smith Wealth";
    port.activeSheet = {
      sheet: "Clients",
      address: "B2:E9",
      values: [
        [banner, banner, banner, banner],
        ["", "", "", ""],
        ["Client ID", "Client", "Revenue", "Last contact"],
        ["C-1", "Ames", 100, 46000],
        ["", "", "", ""],
        ["C-2", "Baker", 50, 46001],
        ["TOTAL", "", 150, ""],
        ["", "", "", ""],
      ],
      formulas: [[], [], [], [], [], [], ["", "", "=SUM(D5:D7)", ""]],
    };
    const loaded = await loadBook(port);
    expect(loaded).toMatchObject({
      state: "no-table",
      activeSheet: { address: "B4:E7", blankRows: [6], totalsRow: 8, rowsAbove: 2 },
    });
    if (loaded.state !== "no-table" || loaded.activeSheet === null) throw new Error("no offer");
    await makeTable(port, loaded.activeSheet.sheet, loaded.activeSheet.address);
    const book = await loadBook(port);
    expect(book.state === "loaded" && book.clients.map((c) => c.id)).toEqual(["C-1", "C-2"]);
  });

  test("bad cells are listed; their clients are kept with those fields blank", async () => {
    const port = new MemoryWorkbook();
    await port.createTable(
      "Book",
      "Clients",
      HEADERS,
      [...ROWS, ["C-8", "Hart", "", "n/a", 1, 1, "yesterday", "Dana", "", "", "", "", ""]],
      []
    );
    const book = await loaded(port);
    expect(book.clients).toHaveLength(8);
    expect(book.clients[7].record).toMatchObject({
      lastContact: null,
      criteria: [null, null, 1, 1, null],
    });
    expect(book.problems.map((p) => [p.rowNumber, p.column, p.value])).toEqual([
      [9, "Revenue", "n/a"],
      [9, "Last contact", "yesterday"],
    ]);
  });

  test("a damaged saved mapping is ignored and guessed again", async () => {
    const port = await smallWorkbook();
    await port.saveSetting(MAPPING_SETTING, "{not json");
    expect((await loaded(port)).mappingConfirmed).toBe(false);
  });

  test("settings edited on the sheet change the next refresh", async () => {
    const port = await smallWorkbook();
    port.sheets.get("Rotation Settings")!.set("13,1", 30); // B14: minutes a day
    expect((await loaded(port)).settings.capacityMinutes).toBe(30);
  });

  test("the sample client list arrives with its mapping confirmed", async () => {
    const port = new MemoryWorkbook();
    await insertSample(port, 46349);
    const book = await loaded(port);
    expect(book.mappingConfirmed).toBe(true);
    expect(book.problems).toEqual([]);
    expect(book.clients).toHaveLength(SAMPLE_SIZE);
    expect(book.log.length).toBeGreaterThan(SAMPLE_SIZE);
  });
});
