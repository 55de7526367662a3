/**
 * `plan` through the package layer: on books from every producer on this machine (openpyxl,
 * LibreOffice, hand-built peculiarities) it writes the plan sheet and changes nothing else; the
 * sheet reads back in openpyxl and, after LibreOffice opens and saves it, with its values, styles,
 * names, validation and print settings; a second run keeps what the user typed on the sheet, and
 * text that starts with "=" stays text.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SheetLayout } from "../../src/core/sheets/sheetLayout";
import { HISTORY_ROWS, PLAN_ROWS } from "../../src/core/sheets/planSheet";
import { cellXml } from "../../src/workbook/xlsx/package/cellXml";
import { PackageWorkbook } from "../../src/workbook/xlsx/package/packageWorkbook";
import { patchSheet } from "../../src/workbook/xlsx/package/sheetPatch";
import { ZipArchive } from "../../src/workbook/xlsx/package/zipArchive";
import { runCli, soloSampleClient, tempFolder } from "./cliHarness";
import { hasLibreOffice, resaveWithCalc } from "./libreOffice";

const FIXTURES = path.join(__dirname, "../fixtures/producers");
const PYTHON = "/usr/bin/python3";
const READ_BACK = path.join(__dirname, "sheetReadBack.py");

interface Cell {
  readonly value: unknown;
  readonly type: string;
  readonly format: string;
  readonly style: string;
  readonly bold: boolean;
  readonly wrap: boolean;
}
interface ReadBack {
  readonly sheets: string[];
  readonly state: string;
  readonly cells: Record<string, Cell>;
  readonly names: [string, string][];
  readonly printArea: string[] | null;
  readonly printTitles: string | null;
  readonly freeze: string | null;
  readonly orientation: string | null;
  readonly fitToWidth: number | null;
  readonly fitToHeight: number | null;
  readonly fitToPage: boolean;
  readonly widths: Record<string, number>;
  readonly heights: Record<string, number>;
  readonly validations: [string, string, string][];
  readonly tables: Record<string, string>;
  readonly highlights: [string, string][];
  readonly images: Record<string, number>;
}

function readBack(file: string, sheet: string): ReadBack {
  return JSON.parse(execFileSync(PYTHON, [READ_BACK, file, sheet], { encoding: "utf8" }));
}

function entries(file: string): Map<string, Buffer> {
  const zip = ZipArchive.read(readFileSync(file));
  return new Map(zip.entries.map((e) => [e.name, zip.get(e.name)!]));
}

/** Standard error holds at most notes (which columns were guessed), no warning and no error. */
function onlyNotes(stderr: string): boolean {
  return stderr
    .split("\n")
    .filter((line) => line !== "")
    .every((line) => line.startsWith("relationship-hour: note: "));
}

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

/** Parts a plan may change in a book; any other part that was there must be byte-identical. */
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|docProps\/app\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml)$/;

describe.each([
  "openpyxl-table-image.xlsx",
  "libreoffice-saved.xlsx",
  "handbuilt-features.xlsx",
  "handbuilt-no-styles.xlsx",
  "handbuilt-1904.xlsx",
  "handbuilt-macro.xlsm",
])("plan on %s", (file) => {
  test("writes the plan sheet in place and changes nothing else; openpyxl reads it back", async () => {
    const book = folder.file(file);
    copyFileSync(path.join(FIXTURES, file), book);
    const before = entries(book);

    const run = await runCli(
      ["plan", file, "--client", "C-0002", "--date", "2026-03-02", "--in-place"],
      folder.dir
    );
    expect(run.code).toBe(0);
    expect(onlyNotes(run.stderr)).toBe(true);
    expect(run.stdout).toContain(`Rewrote ${file} in place.`);
    expect(run.stdout).not.toContain("Note:");
    const sheet = /Plan sheets: (.+)\n/.exec(run.stdout)![1];

    const after = entries(book);
    // The plans' registry is saved on the hidden settings sheet, when the book has one.
    const store = PackageWorkbook.fromBytes(readFileSync(book)).pkg.sheets.find(
      (s) => s.name === "_RelationshipHour"
    )?.part;
    for (const [name, bytes] of before)
      if (!MAY_CHANGE.test(name) && name !== store)
        expect({ name, same: bytes.equals(after.get(name)!) }).toEqual({ name, same: true });
    for (const name of after.keys())
      if (!before.has(name)) expect(name).toMatch(/^xl\/(worksheets\/sheet\d+|styles)\.xml$/);
    // Every defined name the book had is still there, as it was.
    const names = (bytes: Buffer | undefined) =>
      bytes?.toString("utf8").match(/<definedName\b[^>]*>[^<]*<\/definedName>/g) ?? [];
    for (const name of names(before.get("xl/workbook.xml")))
      expect(after.get("xl/workbook.xml")!.toString("utf8")).toContain(name);
    if (file.endsWith(".xlsm"))
      expect(after.get("[Content_Types].xml")!.toString()).toContain("sheet.macroEnabled.main+xml");

    const read = readBack(book, sheet);
    expect(read.cells.A1.value).toMatch(/^Relationship plan: /);
    expect(read.cells.B5).toMatchObject({ value: "C-0002", type: "s", format: "@" });
    expect(read.printArea).toEqual([`$A$1:$H$${PLAN_ROWS.history + 1 + HISTORY_ROWS}`]);
    expect(read).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(read.fitToPage).toBe(true);
    expect(read.freeze).not.toBeNull();
    // What the book had is still there: its sheets and images.
    const was = readBack(path.join(FIXTURES, file), read.sheets[0]);
    expect(read.sheets).toEqual([...was.sheets, ...read.sheets.slice(was.sheets.length)]);
    expect(read.images).toMatchObject(was.images);
  });
});

test("a second plan run keeps what the user typed on the sheet; text starting with = stays text", async () => {
  await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "30"], folder.dir);
  const solo = soloSampleClient(30);
  const logged = await runCli(
    ["log", "s.xlsx", "--client", solo, "--date", "2026-03-01", "--notes", "=1+1", "--in-place"],
    folder.dir
  );
  expect(logged.code).toBe(0);
  const first = await runCli(
    ["plan", "s.xlsx", "--client", solo, "--date", "2026-03-02", "--in-place"],
    folder.dir
  );
  const sheet = /Plan sheets: (.+)\n/.exec(first.stdout)![1];

  // The user types an objective's note (B32) and a cell beside the plan (J3).
  const port = PackageWorkbook.fromBytes(readFileSync(folder.file("s.xlsx")));
  const part = port.pkg.sheets.find((s) => s.name === sheet)!.part!;
  const typed = new Map([
    [31, new Map([[1, (ref: string) => cellXml("", ref, "=they loved the seminar", undefined)]])],
    [2, new Map([[9, (ref: string) => cellXml("", ref, 1234, undefined)]])],
  ]);
  port.pkg.set(part, patchSheet(port.pkg.bytes(part)!, typed));
  writeFileSync(folder.file("s.xlsx"), port.toBytes());

  const again = await runCli(
    ["plan", "s.xlsx", "--client", solo, "--date", "2026-03-09", "--in-place"],
    folder.dir
  );
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(`Plan sheets: ${sheet}\n`);
  const read = readBack(folder.file("s.xlsx"), sheet);
  expect(read.sheets.filter((s) => s === sheet)).toHaveLength(1);
  expect(read.cells.B32).toMatchObject({ value: "=they loved the seminar", type: "s" });
  expect(read.cells.J3).toMatchObject({ value: 1234, type: "n" });
  expect(read.cells.A2.value).toMatch(/Refreshed 9 Mar 2026/);
  // The logged note "=1+1" is in the history as text, not a formula.
  const note = Object.values(read.cells).find((c) => c.value === "=1+1");
  expect(note).toMatchObject({ type: "s", format: "@" });
  expect(Object.values(read.cells).some((c) => c.type === "f" && c.value === "=1+1")).toBe(false);
});

/** Every feature of a layout at once, on the sheet a plan would use. */
const EVERYTHING: SheetLayout = {
  sheet: "Review",
  blocks: [
    { at: "A1", values: [["Year in review"]], look: "title" },
    { at: "A2", values: [["=not a formula"]], look: "note" },
    { at: "A4", values: [["Clients"]], look: "section" },
    {
      at: "A5",
      values: [
        ["Tier", "Clients", "Share", "Last"],
        ["A", 12, 0.5, 46083],
        ["B", 30, 0.3, 46000],
      ],
      formats: ["@", "#,##0", "0%", "yyyy-mm-dd"],
      table: { name: "RH_Review", style: "TableStyleLight9" },
    },
    { at: "A9", values: [["Total", "=SUM(B6:B7)"]], formulas: true, look: "total" },
    { at: "A11", values: [["Notes"]], bold: true },
    { at: "A12", values: [["Write here"]], wrap: true, rowHeight: 45 },
  ],
  names: [{ name: "RH_ReviewTotal", address: "B9" }],
  columnWidths: [16, 12, 10, 14],
  freezeRows: 3,
  printArea: "A1:D20",
  printOnePageWide: true,
  printLandscape: true,
  repeatRows: "5:5",
  lists: [{ range: "E6:E7", source: "A6:A7" }],
  highlights: [
    { range: "C6:C7", kind: "dataBar" },
    { range: "B6:B7", kind: "under", value: 20, look: "bad" },
  ],
};

function expectEverything(read: ReadBack, afterCalc: boolean): void {
  expect(read.cells.A1).toMatchObject({ value: "Year in review", type: "s" });
  expect(read.cells.A2).toMatchObject({ value: "=not a formula", type: "s" });
  expect(read.cells.B6).toMatchObject({ value: 12, type: "n", format: "#,##0" });
  expect(read.cells.C6).toMatchObject({ value: 0.5, format: "0%" });
  // Calc writes the date format with its literal hyphens escaped.
  expect(read.cells.D6).toMatchObject({ value: "2026-03-02" });
  expect(read.cells.D6.format.replace(/\\/g, "")).toBe("yyyy-mm-dd");
  expect(read.cells.B9).toMatchObject({ type: "f", value: "=SUM(B6:B7)" });
  expect(read.cells.A11.bold).toBe(true);
  expect(read.cells.A12.wrap).toBe(true);
  expect(read.heights["12"]).toBe(45);
  expect(read.widths.A).toBeCloseTo(16, 0);
  // Calc converting headless drops every sheet's frozen panes, ours and exceljs's alike.
  if (!afterCalc) expect(read.freeze).toBe("A4");
  expect(read.printArea).toEqual(["$A$1:$D$20"]);
  expect(read.printTitles).toBe("$5:$5");
  expect(read).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
  // Calc quotes a sheet name only where it must.
  const names = read.names.map(([name, formula]) => [name, formula.replace(/'/g, "")]);
  expect(names).toContainEqual(["RH_ReviewTotal", "Review!$B$9"]);
  expect(read.validations).toEqual([["E6:E7", "list", "$A$6:$A$7"]]);
  expect(read.tables).toEqual({ RH_Review: "A5:D7" });
  expect(read.highlights).toEqual([
    ["B6:B7", "cellIs"],
    ["C6:C7", "dataBar"],
  ]);
  if (!afterCalc) {
    expect(read.cells.A1.style).toBe("Title");
    expect(read.cells.A4.style).toBe("Heading 2");
    expect(read.cells.A9.style).toBe("Total");
    expect(read.cells.A2.style).toBe("Explanatory Text");
  }
}

test("openpyxl reads back every feature of a written sheet", async () => {
  const port = PackageWorkbook.fromBytes(
    readFileSync(path.join(FIXTURES, "openpyxl-table-image.xlsx"))
  );
  await port.writeSheet(EVERYTHING);
  writeFileSync(folder.file("w.xlsx"), port.toBytes());
  expectEverything(readBack(folder.file("w.xlsx"), "Review"), false);
});

(hasLibreOffice() ? test : test.skip)(
  "LibreOffice opens a written sheet and saves it with every feature still there",
  async () => {
    const port = PackageWorkbook.fromBytes(
      readFileSync(path.join(FIXTURES, "libreoffice-saved.xlsx"))
    );
    await port.writeSheet(EVERYTHING);
    writeFileSync(folder.file("w.xlsx"), port.toBytes());
    const out = folder.file("calc");
    mkdirSync(out);
    const saved = await resaveWithCalc(folder.file("w.xlsx"), out, folder.file("profile"));
    const read = readBack(saved, "Review");
    expectEverything(read, true);
    // Calc computed the formula written without a value.
    const calc = PackageWorkbook.fromBytes(readFileSync(saved));
    expect(await calc.readNames(["RH_ReviewTotal"])).toEqual({ RH_ReviewTotal: [[42]] });
  },
  180_000
);
