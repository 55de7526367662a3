/**
 * Books from each producer on this machine (test/fixtures/producers: openpyxl, LibreOffice, and
 * hand-built packages with other producers' peculiarities) through `today` and `log --in-place`:
 * both work; every zip entry the log did not need to change is byte-identical; the parts it did
 * change keep every element they had; and openpyxl (and LibreOffice, where installed) read the
 * result back with everything still there.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCli, tempFolder } from "../../cli/cliHarness";
import { hasOpenpyxl, PYTHON } from "./python";
import { hasLibreOffice, resaveWithCalc } from "../../cli/libreOffice";
import { PackageWorkbook } from "../../../src/workbook/xlsx/package/packageWorkbook";
import { loadBook } from "../../../src/app/loadBook";

/** Standard error holds at most notes (which columns were guessed), no warning and no error. */
function onlyNotes(stderr: string): boolean {
  return stderr
    .split("\n")
    .filter((line) => line !== "")
    .every((line) => line.startsWith("relationship-hour: note: "));
}

const FIXTURES = path.join(__dirname, "../../fixtures/producers");
const READ_BACK = path.join(__dirname, "openpyxlReadBack.py");

/** Elements whose every occurrence must come back exactly as it was, wherever the part changed. */
const KEPT_ELEMENTS = [
  "definedNames",
  "workbookProtection",
  "sheetProtection",
  "dataValidations",
  "extLst",
  "calculatedColumnFormula",
  "tableStyleInfo",
  "pageSetup",
  "pageMargins",
  "mergeCells",
  "conditionalFormatting",
  "externalReferences",
  "cols",
  "sheetViews",
  "bookViews",
  "calcPr",
];

function occurrences(xml: string, name: string): string[] {
  const pattern = new RegExp(
    `<((?:[\\w.-]+:)?${name})(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</\\1>)`,
    "g"
  );
  return xml.match(pattern) ?? [];
}

/** Cell content may rightly shrink (a follow-up cleared); every other element must stay. */
const CELL_LEVEL = new Set(["row", "c", "v", "f", "is", "t", "r", "rPr"]);

function elementCounts(xml: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of xml.matchAll(/<([\w.:-]+)[\s/>]/g))
    if (!CELL_LEVEL.has(m[1].replace(/^[\w.-]+:/, "")))
      counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return counts;
}

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("nodebuffer"));
  return out;
}

function readBack(file: string): Record<string, unknown> {
  return JSON.parse(execFileSync(PYTHON, [READ_BACK, file], { encoding: "utf8" }));
}

interface Case {
  readonly file: string;
  readonly client: string;
  /** Parts the log may change or add (regular expressions over part names). */
  readonly mayChange: RegExp;
}

// A new log: its sheet and table, the text format for its typed-text columns, and the hidden
// settings sheet keeping the undo record (the client's typed last contact is in no log).
const NEW_LOG =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/sheet[123]\.xml|xl\/worksheets\/_rels\/sheet2\.xml\.rels|xl\/tables\/table2\.xml|xl\/styles\.xml)$/;
const CASES: readonly Case[] = [
  {
    file: "openpyxl-table-image.xlsx",
    client: "C-0002",
    mayChange:
      // As NEW_LOG; the book's own sheets are 1 and 2.
      /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/sheet[134]\.xml|xl\/worksheets\/_rels\/sheet3\.xml\.rels|xl\/tables\/table2\.xml|xl\/styles\.xml)$/,
  },
  {
    file: "libreoffice-saved.xlsx",
    client: "C-0002",
    mayChange: /^xl\/(worksheets\/sheet[12]\.xml|tables\/table2\.xml)$/,
  },
  { file: "handbuilt-features.xlsx", client: "C-0002", mayChange: NEW_LOG },
  { file: "handbuilt-no-styles.xlsx", client: "C-0002", mayChange: NEW_LOG },
  { file: "handbuilt-1904.xlsx", client: "C-0002", mayChange: NEW_LOG },
  { file: "handbuilt-macro.xlsm", client: "C-0002", mayChange: NEW_LOG },
];

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

describe.each(CASES)("$file", ({ file, client, mayChange }) => {
  test("today lists the clients; log --in-place changes only what it must", async () => {
    const book = folder.file(file);
    copyFileSync(path.join(FIXTURES, file), book);
    const before = await parts(book);

    const today = await runCli(["today", file, "--date", "2026-03-02", "--json"], folder.dir);
    expect(today).toMatchObject({ code: 0 });
    expect(today.stderr).not.toMatch(/error/i);
    const view = JSON.parse(today.stdout);
    expect(view.mine.calls.length + view.team.length).toBeGreaterThan(0);

    const log = await runCli(
      [
        "log",
        file,
        "--client",
        client,
        "--date",
        "2026-03-02",
        "--notes",
        '=HYPERLINK("x")',
        "--in-place",
      ],
      folder.dir
    );
    expect(log.code).toBe(0);
    expect(onlyNotes(log.stderr)).toBe(true);
    expect(log.stdout).toContain(`Rewrote ${file} in place.`);
    expect(log.stdout).toContain("last contact moved");

    const after = await parts(book);
    for (const [name, bytes] of before) {
      expect(after.has(name)).toBe(true);
      if (!mayChange.test(name))
        expect({ name, same: bytes.equals(after.get(name)!) }).toEqual({ name, same: true });
    }
    for (const name of after.keys()) if (!before.has(name)) expect(name).toMatch(mayChange);

    for (const [name, bytes] of before) {
      const old = bytes.toString("utf8");
      const now = after.get(name)!.toString("utf8");
      if (old === now || !name.endsWith(".xml")) continue;
      for (const element of KEPT_ELEMENTS)
        for (const occurrence of occurrences(old, element)) expect(now).toContain(occurrence);
      const counts = elementCounts(now);
      for (const [element, count] of elementCounts(old))
        expect({ name, element, count: Math.min(count, counts.get(element) ?? 0) }).toEqual({
          name,
          element,
          count,
        });
    }
    if (file.endsWith(".xlsm"))
      expect(after.get("[Content_Types].xml")!.toString()).toContain("sheet.macroEnabled.main+xml");

    // Read again by this tool: the contact is there and the client moved on.
    const port = PackageWorkbook.fromBytes(readFileSync(book));
    const loaded = await loadBook(port);
    if (loaded.state !== "loaded") throw new Error("no client table after the log");
    const entry = loaded.log[loaded.log.length - 1];
    expect(entry).toMatchObject({ clientId: client, notes: '=HYPERLINK("x")' });
    expect(loaded.clients.find((c) => c.id === client)?.lastContact).toBe(46083);
  });

  (hasOpenpyxl ? test : test.skip)(
    "openpyxl reads the logged book back with everything there",
    async () => {
      const book = folder.file(file);
      copyFileSync(path.join(FIXTURES, file), book);
      const was = readBack(book);
      await runCli(
        ["log", file, "--client", client, "--date", "2026-03-02", "--in-place"],
        folder.dir
      );
      const now = readBack(book) as typeof was & { lastLog: (string | null)[] };
      expect(now.names).toEqual(was.names);
      expect(now.validations).toMatchObject(was.validations as object);
      expect(now.printTitles).toEqual(was.printTitles);
      expect(now.lockStructure).toEqual(was.lockStructure);
      expect(now.images).toMatchObject(was.images as object);
      expect(now.sheets).toEqual(expect.arrayContaining(was.sheets as string[]));
      expect(now.lastLog[1]).toBe(client);
    }
  );
});

(hasLibreOffice() ? test : test.skip)(
  "LibreOffice opens logged books from openpyxl and the hand-built features book, and the log entry survives",
  async () => {
    for (const file of ["openpyxl-table-image.xlsx", "handbuilt-features.xlsx"]) {
      const book = folder.file(file);
      copyFileSync(path.join(FIXTURES, file), book);
      await runCli(
        ["log", file, "--client", "C-0002", "--date", "2026-03-02", "--in-place"],
        folder.dir
      );
      const out = folder.file(`calc-${file}`.replace(/\.xlsx$/, ""));
      execFileSync("mkdir", ["-p", out]);
      const saved = await resaveWithCalc(book, out, folder.file("profile"));
      expect(existsSync(saved)).toBe(true);
      const loaded = await loadBook(PackageWorkbook.fromBytes(readFileSync(saved)));
      if (loaded.state !== "loaded")
        throw new Error(`LibreOffice lost the client table of ${file}`);
      expect(loaded.clients.map((c) => c.id)).toEqual(["C-0001", "C-0002", "C-0003", "C-0004"]);
      expect(loaded.log.map((e) => e.clientId)).toEqual(["C-0002"]);
    }
  },
  240_000
);

test("log to a new file keeps an .xlsm a macro workbook: its name, content type and macros", async () => {
  const file = "handbuilt-macro.xlsm";
  copyFileSync(path.join(FIXTURES, file), folder.file(file));
  const run = await runCli(["log", file, "--client", "C-0001", "--date", "2026-03-02"], folder.dir);
  expect(run.code).toBe(0);
  expect(onlyNotes(run.stderr)).toBe(true);
  expect(run.stdout).toContain(
    "Wrote handbuilt-macro.logged.xlsm (handbuilt-macro.xlsm is unchanged)."
  );
  const before = await parts(folder.file(file));
  const after = await parts(folder.file("handbuilt-macro.logged.xlsm"));
  expect(after.get("xl/vbaProject.bin")!.equals(before.get("xl/vbaProject.bin")!)).toBe(true);
  expect(after.get("[Content_Types].xml")!.toString()).toContain("sheet.macroEnabled.main+xml");
  expect(readFileSync(folder.file(file)).equals(readFileSync(path.join(FIXTURES, file)))).toBe(
    true
  );
});
