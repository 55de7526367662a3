/**
 * `sample` writes its book through the package layer (a package made from nothing) instead of
 * exceljs: read back through the engine, it is the same book exceljs wrote — the same clients,
 * the same Contact Log, the same settings and confirmed mapping — and openpyxl and LibreOffice
 * read it with its sheets and tables.
 */
import { readFileSync } from "node:fs";
import { loadBook } from "../../src/app/loadBook";
import { createSettingsSheet, writeSample } from "../../src/app/setupActions";
import { DEFAULT_SETTINGS } from "../../src/core/book/settings";
import { serialFromDate } from "../../src/core/dates/serial";
import { SAMPLE_HEADERS, sampleBook } from "../../src/core/sample/sampleBook";
import { columnName } from "../../src/core/cells/a1";
import { PackageWorkbook } from "../../src/workbook/xlsx/package/packageWorkbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { readWithOpenpyxl } from "../workbook/xlsx/package/readBack";
import { runCli, tempFolder } from "./cliHarness";
import { resaveWithCalc } from "./libreOffice";

const MARCH_2 = serialFromDate({ year: 2026, month: 3, day: 2 });

/** The book as `sample` wrote it through exceljs before. */
async function exceljsSample(size: number): Promise<Buffer> {
  const port = new XlsxWorkbook();
  await writeSample(port, "Clients", sampleBook({ asOf: MARCH_2, size }));
  await createSettingsSheet(port, { ...DEFAULT_SETTINGS, me: "Dana Whitfield" });
  return port.toBytes();
}

/** What the engine reads from a book. */
async function engineRead(bytes: Buffer) {
  const book = await loadBook(PackageWorkbook.fromBytes(bytes));
  if (book.state !== "loaded") throw new Error(`no client list: ${book.state}`);
  return {
    table: book.table,
    mapping: book.mapping,
    clients: book.clients,
    log: book.log,
    logTable: book.logTable,
    settings: book.settings,
    problems: book.problems,
  };
}

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

describe("sample through the package layer", () => {
  test("reads back as the same book exceljs wrote: clients, log, settings, mapping", async () => {
    const made = await runCli(
      ["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "120"],
      folder.dir
    );
    expect(made).toMatchObject({ code: 0, stderr: "" });

    const ours = await engineRead(readFileSync(folder.file("s.xlsx")));
    const before = await engineRead(await exceljsSample(120));

    expect(ours.clients).toHaveLength(120);
    expect(ours.log.length).toBeGreaterThan(120);
    expect(ours).toEqual(before);
  });

  test("openpyxl and LibreOffice read its sheets and tables", async () => {
    await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "40"], folder.dir);
    const expected = await engineRead(readFileSync(folder.file("s.xlsx")));

    const read = readWithOpenpyxl(folder.file("s.xlsx"));
    expect(Object.keys(read.sheets)).toEqual([
      "Clients",
      "Contact Log",
      "Introductions",
      "_RelationshipHour",
      "Rotation Settings",
    ]);
    expect(read.sheets.Introductions.tables.Introductions.columns).toContain("Introduced by");
    expect(read.sheets._RelationshipHour.state).toBe("hidden");
    expect(read.sheets.Clients.tables.Clients.ref).toBe(
      `A1:${columnName(SAMPLE_HEADERS.length - 1)}41`
    );
    expect(read.sheets["Contact Log"].tables.ContactLog.columns).toContain("Outcome");
    expect(read.sheets.Clients.dateFormats).toEqual(["yyyy-mm-dd"]);

    const saved = await resaveWithCalc(
      folder.file("s.xlsx"),
      folder.file("calc"),
      folder.file("profile")
    );
    const calc = await engineRead(readFileSync(saved));
    expect(calc.clients).toEqual(expected.clients);
    expect(calc.log).toEqual(expected.log);
  }, 120_000);
});
