import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expectOneClearLine, runCli, tempFolder } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;

beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

async function saveBook(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(folder.file(name));
}

function clientTable(workbook: ExcelJS.Workbook, lastContacts: readonly (string | Date)[]): void {
  workbook.addWorksheet("Book").addTable({
    name: "Clients",
    ref: "A1",
    columns: [
      { name: "Client ID" },
      { name: "Client" },
      { name: "Tier" },
      { name: "Last contact" },
    ],
    rows: lastContacts.map((last, i) => [`C-${i + 1}`, `Client ${i + 1}`, "A", last]),
  });
}

describe("garbage in: one clear line on standard error and a non-zero exit, never a stack trace", () => {
  test.each([
    [
      "an empty file",
      Buffer.alloc(0),
      /^relationship-hour: book\.xlsx is empty \(0 bytes\), not an \.xlsx workbook\n$/,
    ],
    [
      "a PDF renamed .xlsx",
      Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1"),
      /book\.xlsx is a PDF document, not an \.xlsx workbook/,
    ],
    [
      "a CSV renamed .xlsx",
      Buffer.from("Client,Last contact\nAmes,2026-01-02\n"),
      /book\.xlsx is a text file \(CSV\?\), not an \.xlsx workbook/,
    ],
    [
      "an old .xls (or encrypted) file",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /book\.xlsx is an old-format \.xls workbook or a password-protected file/,
    ],
    [
      "a broken zip",
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
      /book\.xlsx is a zip file but not a readable \.xlsx workbook \(.+\)/,
    ],
  ])("%s", async (_, bytes, message) => {
    writeFileSync(folder.file("book.xlsx"), bytes);
    for (const argv of [
      ["today", "book.xlsx"],
      ["log", "book.xlsx", "--client", "C-1"],
    ]) {
      const run = await runCli(argv, folder.dir);
      expect(run.code).toBe(1);
      expectOneClearLine(run, message);
    }
  });

  test("a file that is not there", async () => {
    const run = await runCli(["today", "nowhere.xlsx"], folder.dir);
    expect(run.code).toBe(1);
    expectOneClearLine(run, /^relationship-hour: nowhere\.xlsx: no such file\n$/);
  });

  test("a workbook with no recognisable client table says what it found", async () => {
    await saveBook("book.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Inventory");
      sheet.addRow(["Part", "Bin", "Count"]);
      sheet.addRow(["bolt", "A3", 120]);
    });
    const run = await runCli(["today", "book.xlsx"], folder.dir);
    expect(run.code).toBe(1);
    expectOneClearLine(
      run,
      /book\.xlsx: no client list found: .* \(found sheet "Inventory" A1:C2: Part, Bin, Count\)/
    );
  });

  test("a workbook with no sheets at all", async () => {
    await saveBook("book.xlsx", () => undefined);
    const run = await runCli(["today", "book.xlsx"], folder.dir);
    expect(run.code).toBe(1);
    expectOneClearLine(run, /book\.xlsx has no worksheets/);
  });

  test("a date column of text: every client is kept, each cell is listed, and the column is questioned", async () => {
    await saveBook("book.xlsx", (workbook) =>
      clientTable(workbook, ["last spring", "soon", "someday"])
    );
    const run = await runCli(["today", "book.xlsx", "--json", "--date", "2026-03-02"], folder.dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'row 2, column "Last contact", value "last spring": "last spring" is not a date; type it as yyyy-mm-dd; client kept, that field left blank'
    );
    expect(run.stderr).toContain(
      'no value of column "Last contact" could be read: is it the right column? (--map lastContact=HEADER)'
    );
    expect(JSON.parse(run.stdout).problems).toHaveLength(3);
  });

  test("some broken dates: those cells are listed and their clients kept (an ISO date typed as text counts)", async () => {
    await saveBook("book.xlsx", (workbook) =>
      clientTable(workbook, [new Date(Date.UTC(2025, 10, 3)), "soon", "2025-12-01"])
    );
    const run = await runCli(["today", "book.xlsx", "--date", "2026-03-02", "--json"], folder.dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'relationship-hour: warning: book.xlsx, table "Clients" on sheet "Book": row 3, column "Last contact", value "soon": "soon" is not a date; type it as yyyy-mm-dd; client kept, that field left blank\n'
    );
    const json = JSON.parse(run.stdout);
    expect(
      json.mine.calls.map((c: { id: string; lastContact: string }) => [c.id, c.lastContact])
    ).toEqual([
      ["C-2", null],
      ["C-1", "2025-11-03"],
      ["C-3", "2025-12-01"],
    ]);
    expect(json.mine.waiting).toBe(0);
    expect(json.problems).toEqual([
      {
        rowNumber: 3,
        column: "Last contact",
        value: "soon",
        why: '"soon" is not a date; type it as yyyy-mm-dd',
      },
    ]);
  });

  test("a wrong command line is one line and exit code 2", async () => {
    const cases: [string[], RegExp][] = [
      [
        ["frobnicate"],
        /unknown command "frobnicate" \(commands: sample, today, log, undo, mailing, plan, review, audit; see relationship-hour --help\)/,
      ],
      [
        ["today", "a.xlsx", "--colour"],
        /^relationship-hour: today: Unknown option '--colour' \(see relationship-hour today --help\)\n$/,
      ],
      [["today", "a.xlsx", "--date"], /today: Option '--date <value>' argument missing/],
      [
        ["today", "a.xlsx", "--date", "03/04/2026"],
        /--date: "03\/04\/2026" could be day\/month or month\/day; type it as yyyy-mm-dd/,
      ],
      [["today", "a.xlsx", "--date", "2026-02-30"], /--date: "2026-02-30" is not a real date/],
      [["today"], /give the workbook \(BOOK\.xlsx\)/],
      [["today", "a.xlsx", "b.xlsx"], /one workbook \(BOOK\.xlsx\) only, not "a\.xlsx", "b\.xlsx"/],
      [
        ["sample", "s.xlsx", "--clients", "lots"],
        /--clients: "lots" is not a whole number from 1 to 100000/,
      ],
      [
        ["log", "a.xlsx", "--client", "C-1", "--out", "b.xlsx", "--in-place"],
        /give --out or --in-place, not both/,
      ],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv, folder.dir);
      expect([argv, run.code]).toEqual([argv, 2]);
      expectOneClearLine(run, message);
    }
  });

  test.each([
    [["plan", "book.xlsx"], /^relationship-hour: give either --client ID or --tier T\n$/],
    [
      ["plan", "book.xlsx", "--client", "C-1", "--tier", "A"],
      /^relationship-hour: give either --client ID or --tier T\n$/,
    ],
  ])("%j: one line, exit code 2", async (argv, message) => {
    const run = await runCli(argv, folder.dir);
    expect(run.code).toBe(2);
    expectOneClearLine(run, message);
  });

  test("help and usage", async () => {
    const none = await runCli([], folder.dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Usage: relationship-hour <command> \[options\]/);
    const help = await runCli(["--help"], folder.dir);
    expect(help.code).toBe(0);
    for (const name of ["sample", "today", "log", "plan", "audit"])
      expect(help.stdout).toMatch(new RegExp(`\\n  ${name} +\\S`));
    const logHelp = await runCli(["log", "--help"], folder.dir);
    expect(logHelp.stdout).toMatch(
      /^Usage: relationship-hour log BOOK\.xlsx --client ID \[options\]/
    );
    expect(logHelp.stdout).toContain("--in-place");
    expect((await runCli(["help", "today"], folder.dir)).stdout).toContain("--json");
  });
});
