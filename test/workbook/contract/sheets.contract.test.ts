/** The workbook port's contract for the sheets the add-in owns and the names pointing into them. */
import type { SheetLayout } from "../../../src/workbook/workbookPort";
import { IMPLEMENTATIONS } from "./implementations";
import { withClients } from "./books";
import { dashboard } from "../designLayout";

const SETTINGS: SheetLayout = {
  sheet: "Rotation Settings",
  blocks: [
    { at: "A1", values: [["Tier", "Days"]] },
    {
      at: "A2",
      values: [
        ["A", 90],
        ["B", 180],
      ],
    },
  ],
  names: [
    { name: "RH_Cadence", address: "A2:B3" },
    { name: "RH_Title", address: "A1" },
  ],
};

describe.each(IMPLEMENTATIONS)("WorkbookPort contract, sheets and names: $name", ({ open }) => {
  test("showSheet brings a written sheet to the front, and refuses one that is gone", async () => {
    const { port } = open();
    await port.writeSheet(SETTINGS);
    expect(await port.showSheet("Rotation Settings")).toEqual({ ok: true });
    expect(await port.showSheet("Gone")).toEqual({
      ok: false,
      message: 'There is no sheet "Gone" any more: it may have been renamed or deleted.',
    });
  });

  test("readNames gives the values a written sheet's names point to, null for an unknown name", async () => {
    const { port } = open();
    await port.writeSheet(SETTINGS);

    expect(await port.readNames(["RH_Cadence", "RH_Title", "RH_Nothing"])).toEqual({
      RH_Cadence: [
        ["A", 90],
        ["B", 180],
      ],
      RH_Title: [["Tier"]],
      RH_Nothing: null,
    });
  });

  test("writing a sheet again writes its blocks only: other cells stay as they were", async () => {
    const { port } = open();
    await port.writeSheet(SETTINGS);

    await port.writeSheet({
      sheet: "Rotation Settings",
      blocks: [{ at: "B3", values: [[365]] }],
      names: [{ name: "RH_Cadence", address: "A2:B3" }],
    });

    expect((await port.readNames(["RH_Cadence", "RH_Title"])).RH_Cadence).toEqual([
      ["A", 90],
      ["B", 365],
    ]);
  });

  test("a block's strings stay text: a formula-like note or a number-like ID is kept as given", async () => {
    const { port } = open();

    await port.writeSheet({
      sheet: "Notes",
      blocks: [{ at: "A1", values: [["=1+1", "007", "-2"]] }],
      names: [{ name: "RH_Notes", address: "A1:C1" }],
    });

    expect((await port.readNames(["RH_Notes"])).RH_Notes).toEqual([["=1+1", "007", "-2"]]);
  });

  test("sheetExists knows written sheets and tables' sheets, whatever the case", async () => {
    const { port } = open();
    await withClients(port);
    await port.writeSheet(SETTINGS);

    expect(await port.sheetExists("rotation settings")).toBe(true);
    expect(await port.sheetExists("CLIENTS")).toBe(true);
    expect(await port.sheetExists("Plan")).toBe(false);
  });

  test("a table block is a table like any other, found again by name and resized when written again", async () => {
    const { port } = open();
    const board = (rows: number) => dashboard(rows, "Board");
    await port.writeSheet(board(2));
    await port.writeSheet(board(4));

    expect(await port.listTables()).toEqual([
      { name: "RH_Tiers", sheet: "Board", headers: ["Tier", "Clients"], rowCount: 4 },
    ]);
    expect((await port.readTable("RH_Tiers")).rows.at(-1)).toEqual(["T3", 3]);
  });

  test("readSheetValues gives a written sheet's cells, blanks as empty strings; null for no sheet", async () => {
    const { port } = open();
    await port.writeSheet(SETTINGS);

    expect(await port.readSheetValues!("Rotation Settings", "A1:C3")).toEqual([
      ["Tier", "Days", ""],
      ["A", 90, ""],
      ["B", 180, ""],
    ]);
    expect(await port.readSheetValues!("Gone", "A1:B2")).toBeNull();
  });
});
