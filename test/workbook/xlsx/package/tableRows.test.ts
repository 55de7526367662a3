/**
 * Adding a column to a table and taking a row out of one, in the package's XML: what moves, what
 * stays where it was (cells beside the table, other parts byte for byte), what is refused before
 * anything changes, and what openpyxl and LibreOffice read back.
 */
import type { Cell } from "../../../../src/core/cells/cells";
import { parseCell } from "../../../../src/workbook/shared/a1";
import { cellXml } from "../../../../src/workbook/xlsx/package/cellXml";
import { PackageWorkbook } from "../../../../src/workbook/xlsx/package/packageWorkbook";
import { patchSheet, type SheetEdits } from "../../../../src/workbook/xlsx/package/sheetPatch";
import { withNewColumn } from "../../../../src/workbook/xlsx/package/tablePart";
import { ZipArchive } from "../../../../src/workbook/xlsx/package/zipArchive";
import { tempFolder } from "../../../cli/cliHarness";
import { calcReads, openpyxlReads } from "./readBack";

const LOG_HEADERS = ["Date", "Client ID", "Notes"];

/** A log of `n` entries on "Contact Log" (A1:C{n+1}), dates from 46000 on. */
async function logBook(n: number): Promise<PackageWorkbook> {
  const book = PackageWorkbook.create();
  const rows = Array.from({ length: n }, (_, i) => [46000 + i, `C-${i + 1}`, `note ${i + 1}`]);
  await book.createTable("Contact Log", "ContactLog", LOG_HEADERS, rows, [0]);
  return PackageWorkbook.fromBytes(book.toBytes());
}

function sheetPart(book: PackageWorkbook, sheet: string): string {
  return book.pkg.sheets.find((s) => s.name === sheet)!.part!;
}

/** Writes cells by address; a string starting with "=" is written as that formula. */
function put(book: PackageWorkbook, sheet: string, cells: Record<string, Cell>): void {
  const part = sheetPart(book, sheet);
  const edits: SheetEdits = new Map();
  for (const [address, value] of Object.entries(cells)) {
    const { row, column } = parseCell(address);
    const formula = typeof value === "string" && value.startsWith("=") ? value.slice(1) : null;
    if (!edits.has(row)) edits.set(row, new Map());
    edits
      .get(row)!
      .set(column, (ref) => cellXml("", ref, formula === null ? value : "", undefined, formula));
  }
  book.pkg.set(part, patchSheet(book.pkg.bytes(part)!, edits));
}

/** Adds XML right after the sheet's cell data (merged cells, hyperlinks). */
function afterCells(book: PackageWorkbook, sheet: string, xml: string): void {
  const part = sheetPart(book, sheet);
  book.pkg.set(part, book.pkg.text(part)!.replace("</sheetData>", `</sheetData>${xml}`));
}

function reopened(book: PackageWorkbook): PackageWorkbook {
  return PackageWorkbook.fromBytes(book.toBytes());
}

async function notes(book: PackageWorkbook): Promise<Cell[]> {
  return (await book.readTable("ContactLog")).rows.map((r) => r[2]);
}

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

describe("withNewColumn (table part XML)", () => {
  test("adds a column with the next id, counts it and widens the table and its filter", () => {
    const xml =
      `<x:table xmlns:x="main" id="3" name="T" displayName="T" ref="B2:C9" totalsRowShown="0">` +
      `<x:autoFilter ref="B2:C9"><x:filterColumn colId="0"/></x:autoFilter>` +
      `<x:tableColumns count="2"><x:tableColumn id="1" name="A"/><x:tableColumn id="7" name="B"/></x:tableColumns>` +
      `<x:tableStyleInfo name="TableStyleLight1"/></x:table>`;

    const out = withNewColumn(xml, 'Out & "come"', 3);

    expect(out).toBe(
      `<x:table xmlns:x="main" id="3" name="T" displayName="T" ref="B2:D9" totalsRowShown="0">` +
        `<x:autoFilter ref="B2:D9"><x:filterColumn colId="0"/></x:autoFilter>` +
        `<x:tableColumns count="3"><x:tableColumn id="1" name="A"/><x:tableColumn id="7" name="B"/>` +
        `<x:tableColumn id="8" name="Out &amp; &quot;come&quot;"/></x:tableColumns>` +
        `<x:tableStyleInfo name="TableStyleLight1"/></x:table>`
    );
  });
});

describe("addColumn", () => {
  test("writes the header and values beside the table; only its sheet and table part change", async () => {
    const book = await logBook(3);
    const before = book.toBytes();

    expect(await book.addColumn("ContactLog", "Outcome", ["reached", "", "sent"])).toEqual({
      ok: true,
    });

    const after = book.toBytes();
    const changed = ZipArchive.read(after).entries.filter((e) => {
      const old = ZipArchive.read(before).get(e.name);
      return old === null || !old.equals(ZipArchive.read(after).get(e.name)!);
    });
    expect(changed.map((e) => e.name).sort()).toEqual([
      "xl/tables/table1.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    const data = await reopened(book).readTable("ContactLog");
    expect(data.headers).toEqual([...LOG_HEADERS, "Outcome"]);
    expect(data.rows.map((r) => r[3])).toEqual(["reached", "", "sent"]);
  });

  test("refuses when something sits in the column beside the table, and changes nothing", async () => {
    const book = await logBook(3);
    put(book, "Contact Log", { D3: "mine" });
    const before = book.toBytes();

    expect(await book.addColumn("ContactLog", "Outcome", ["", "", ""])).toEqual({
      ok: false,
      message:
        'The table "ContactLog" on sheet "Contact Log" has data in column D right beside it; move it to make room. Nothing was written.',
    });
    expect(book.toBytes().equals(before)).toBe(true);
  });

  test("refuses merged cells reaching into the column beside the table", async () => {
    const book = await logBook(3);
    afterCells(book, "Contact Log", `<mergeCells count="1"><mergeCell ref="D1:F1"/></mergeCells>`);

    const result = await book.addColumn("ContactLog", "Outcome", ["", "", ""]);

    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toContain("has merged cells D1:F1 in column D");
  });

  test("openpyxl and LibreOffice read the new column as part of the table", async () => {
    const book = await logBook(2);
    await book.addColumn("ContactLog", "Outcome", ["reached", "left a message"]);
    const expected = [
      [...LOG_HEADERS, "Outcome"],
      ["2025-12-09", "C-1", "note 1", "reached"],
      ["2025-12-10", "C-2", "note 2", "left a message"],
    ];

    const py = openpyxlReads(folder.dir, "added.xlsx", book.toBytes()).sheets["Contact Log"];
    expect(py.rows).toEqual(expected);
    expect(py.tables.ContactLog).toEqual({ ref: "A1:D3", columns: expected[0] });
    const calc = (await calcReads(folder.dir, "added.xlsx", book.toBytes())).sheets["Contact Log"];
    expect(calc.rows).toEqual(expected);
  }, 120_000);
});

describe("removeRowAndUpdate", () => {
  const remove = (notes: string) => ({ table: "ContactLog", match: { Notes: notes } });

  test("the table's cells below move up; cells beside the table stay in their rows", async () => {
    const book = await logBook(4);
    put(book, "Contact Log", { E2: "beside 2", E4: "beside 4", A7: "below" });

    expect(await book.removeRowAndUpdate(remove("note 2"), null)).toEqual({ ok: true });

    const again = reopened(book);
    expect(await notes(again)).toEqual(["note 1", "note 3", "note 4"]);
    expect((await again.listTables())[0].rowCount).toBe(3);
    const rows = openpyxlReads(folder.dir, "moved.xlsx", again.toBytes()).sheets["Contact Log"]
      .rows;
    expect(rows.map((r) => [r[0], r[2], r[4] ?? null])).toEqual([
      ["Date", "Notes", null],
      ["2025-12-09", "note 1", "beside 2"],
      ["2025-12-11", "note 3", null],
      ["2025-12-12", "note 4", "beside 4"],
      [null, null, null],
      [null, null, null],
      ["below", null, null],
    ]);
    expect(
      openpyxlReads(folder.dir, "moved.xlsx", again.toBytes()).sheets["Contact Log"].tables
    ).toEqual({ ContactLog: { ref: "A1:C4", columns: LOG_HEADERS } });
  });

  test("a formula naming its cells by structured reference moves with its row", async () => {
    const book = await logBook(3);
    put(book, "Contact Log", { C4: "=[@Date]+1" });

    expect(await book.removeRowAndUpdate(remove("note 1"), null)).toEqual({ ok: true });
    const part = sheetPart(book, "Contact Log");
    expect(book.pkg.text(part)).toContain(`<c r="C3"><f>[@Date]+1</f></c>`);
  });

  test("refuses a row below that holds a formula by address, and changes nothing", async () => {
    const book = await logBook(3);
    put(book, "Contact Log", { C4: "=A4+1" });
    const before = book.toBytes();

    expect(await book.removeRowAndUpdate(remove("note 1"), null)).toEqual({
      ok: false,
      message:
        'The row cannot be taken out of the table "ContactLog" on sheet "Contact Log": the rows below it hold a formula that refers to cells by address in C4, which this tool does not move. Nothing was written.',
    });
    expect(book.toBytes().equals(before)).toBe(true);
  });

  test("refuses merged cells or a hyperlink among the cells that would move", async () => {
    const merged = await logBook(3);
    afterCells(
      merged,
      "Contact Log",
      `<mergeCells count="1"><mergeCell ref="B3:C3"/></mergeCells>`
    );
    const linked = await logBook(3);
    afterCells(linked, "Contact Log", `<hyperlinks><hyperlink ref="C4" r:id="rId9"/></hyperlinks>`);

    const results = [
      await merged.removeRowAndUpdate(remove("note 1"), null),
      await linked.removeRowAndUpdate(remove("note 1"), null),
    ];

    expect(results.map((r) => (r.ok ? "" : r.message))).toEqual([
      expect.stringContaining("hold merged cells B3:C3, which this tool does not move"),
      expect.stringContaining("hold a hyperlink in C4, which this tool does not move"),
    ]);
  });

  test("refuses a formula beside the table, or a name, pointing at an entry that would move", async () => {
    const beside = await logBook(3);
    put(beside, "Contact Log", { F1: "=C3" });
    const named = await logBook(3);
    named.pkg.set(
      "xl/workbook.xml",
      named.pkg
        .text("xl/workbook.xml")!
        .replace(
          "</sheets>",
          `</sheets><definedNames><definedName name="Latest">'Contact Log'!$C$4</definedName></definedNames>`
        )
    );
    const reread = reopened(named);

    const results = [
      await beside.removeRowAndUpdate(remove("note 1"), null),
      await reread.removeRowAndUpdate(remove("note 1"), null),
    ];

    expect(results.map((r) => (r.ok ? "" : r.message))).toEqual([
      'The row cannot be taken out of the table "ContactLog" on sheet "Contact Log": a formula in F1 refers to cells that would move up, and would then point at another entry. Nothing was written.',
      'The row cannot be taken out of the table "ContactLog" on sheet "Contact Log": the name "Latest" refers to cells that would move up, and would then point at another entry. Nothing was written.',
    ]);
  });

  test("a sum over the whole column beside the table is no obstacle", async () => {
    const book = await logBook(3);
    put(book, "Contact Log", { F1: "=COUNTA(C2:C4)", F2: "=SUM(A:A)" });

    expect(await book.removeRowAndUpdate(remove("note 1"), null)).toEqual({ ok: true });
    expect(await notes(reopened(book))).toEqual(["note 2", "note 3"]);
  });

  test("the last row goes without moving anything; a hyperlink above it is no obstacle", async () => {
    const book = await logBook(3);
    afterCells(book, "Contact Log", `<hyperlinks><hyperlink ref="C2" r:id="rId9"/></hyperlinks>`);

    expect(await book.removeRowAndUpdate(remove("note 3"), null)).toEqual({ ok: true });
    expect(await notes(reopened(book))).toEqual(["note 1", "note 2"]);
  });

  test("a table's only row is blanked: the table keeps one body row", async () => {
    const book = await logBook(1);

    expect(await book.removeRowAndUpdate(remove("note 1"), null)).toEqual({ ok: true });

    const data = await reopened(book).readTable("ContactLog");
    expect(data.rows).toEqual([["", "", ""]]);
  });

  test("the client's row is written in the same change; a client gone changes nothing", async () => {
    const book = await logBook(2);
    await book.createTable(
      "Clients",
      "Clients",
      ["Client ID", "Last contact"],
      [["C-1", 46001]],
      [1]
    );
    const back = {
      table: "Clients",
      idHeader: "Client ID",
      clientId: "C-1",
      values: { "Last contact": 45000 },
    };
    const before = book.toBytes();

    expect(
      await book.removeRowAndUpdate(remove("note 2"), { ...back, clientId: "C-9" })
    ).toMatchObject({ ok: false });
    expect(book.toBytes().equals(before)).toBe(true);
    expect(await book.removeRowAndUpdate(remove("note 2"), back)).toEqual({ ok: true });

    const again = reopened(book);
    expect(await notes(again)).toEqual(["note 1"]);
    expect((await again.readTable("Clients")).rows).toEqual([["C-1", 45000]]);
  });

  test("LibreOffice reads the shortened table back", async () => {
    const book = await logBook(3);
    await book.removeRowAndUpdate(remove("note 2"), null);

    const calc = (await calcReads(folder.dir, "undone.xlsx", book.toBytes())).sheets["Contact Log"];

    expect(calc.rows).toEqual([
      LOG_HEADERS,
      ["2025-12-09", "C-1", "note 1"],
      ["2025-12-11", "C-3", "note 3"],
    ]);
  }, 120_000);
});

test("a column name with a line break is kept whole in the table part", async () => {
  const book = await logBook(1);

  await book.addColumn("ContactLog", "Next\nstep", ["call"]);

  expect(book.pkg.text("xl/tables/table1.xml")).toContain('name="Next_x000a_step"');
  expect((await reopened(book).readTable("ContactLog")).headers).toEqual([
    ...LOG_HEADERS,
    "Next\nstep",
  ]);
});
