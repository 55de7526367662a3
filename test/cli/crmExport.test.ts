/**
 * A CRM contact export saved as .xlsx, with the headers such exports use, and text dates: what
 * `today` reads, the columns it says it took, and the warnings it gives.
 */
import ExcelJS from "exceljs";
import { readWithExcelJs, runCli, tempFolder } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

const CRM_HEADERS = [
  "Contact ID",
  "First Name",
  "Last Name",
  "Household",
  "Assigned Advisor",
  "Last Activity Date",
  "Date of Birth",
  "AUM",
  "Annual Revenue",
  "Home Phone",
  "Email Address",
  "Next Step",
];

async function crmExport(file: string, rows: unknown[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Contacts");
  sheet.addRow(CRM_HEADERS);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
}

const ROWS = [
  [
    "0031",
    "Ann",
    "Ames",
    "Ames Household",
    "Dana Whitfield",
    "2025-10-01",
    "12/06/1975",
    2e6,
    12000,
    "555 0100",
    "ann@example.com",
    "ask about the move",
  ],
  ["0032", "Ben", "Baker", "Baker Family", "Dana Whitfield", "3/4/2024", "", 1e6, 8000, "", "", ""],
  ["0033", "Cy", "Chen", "Chen Household", "Lee Park", "", "1970-01-31", 1e5, 900, "", "", ""],
];

describe("a CRM export", () => {
  test("today uses the IDs, the owners, the last activity and the people's names; says which columns it took", async () => {
    await crmExport(folder.file("crm.xlsx"), ROWS);
    const run = await runCli(
      ["today", "crm.xlsx", "--date", "2026-03-02", "--owner", "Dana Whitfield", "--json"],
      folder.dir,
      { LANG: "en_US.UTF-8" }
    );
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toContain("read Contacts!A1:L4 as the client list");
    expect(lines[1]).toContain(
      'columns (guessed; --map FIELD=HEADER to change): Client ID ← "Contact ID"; First name ← "First Name"; Last name ← "Last Name"; Household ← "Household"; Revenue ← "Annual Revenue"; Last contact ← "Last Activity Date"; Owner ← "Assigned Advisor"; Birthday ← "Date of Birth"; Phone ← "Home Phone"; Email ← "Email Address"; Follow-up ← "Next Step"; not used: "AUM"'
    );
    expect(run.stderr).not.toContain("warning");
    expect(run.stderr).toContain(
      `1 text date(s) in "Last Activity Date" could be read either way: read month first (m/d/yyyy), from the computer's language (en-US)`
    );
    const json = JSON.parse(run.stdout);
    // Ben Baker's tier goes by newsletter (the default C channel): he is in the mailing, not a call.
    type Listed = { id: string; name: string; lastContact: string | null };
    const calls: Listed[] = [
      ...json.mine.calls,
      ...json.mailings.flatMap((m: { recipients: Listed[] }) => m.recipients),
    ];
    expect(calls.map((c) => [c.id, c.name, c.lastContact])).toEqual(
      expect.arrayContaining([
        ["0032", "Ben Baker", "2024-03-04"],
        ["0031", "Ann Ames", "2025-10-01"],
      ])
    );
    expect(JSON.stringify(json)).not.toContain("Household");
  });

  test("--date-order dmy reads 3/4/2024 as 3 April; 12/06/1975 alone is read by the order too", async () => {
    await crmExport(folder.file("crm.xlsx"), ROWS);
    const run = await runCli(
      [
        "today",
        "crm.xlsx",
        "--date",
        "2026-03-02",
        "--owner",
        "Dana Whitfield",
        "--json",
        "--date-order",
        "dmy",
      ],
      folder.dir
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("read day first (d/m/yyyy), from --date-order");
    expect(run.stdout).toMatch(/"id": "0032",[^}]*"lastContact": "2024-04-03"/);
    const bad = await runCli(["today", "crm.xlsx", "--date-order", "ymd"], folder.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--date-order: "ymd" is not one of mdy, dmy');
  });

  test("an owner that matches nobody is a warning naming the owners known", async () => {
    await crmExport(folder.file("crm.xlsx"), ROWS);
    const run = await runCli(
      ["today", "crm.xlsx", "--date", "2026-03-02", "--owner", "Dana Whitfeld"],
      folder.dir
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'warning: crm.xlsx: --owner: owner "Dana Whitfeld" matches no client\'s owner (owners: Dana Whitfield, Lee Park)'
    );
  });

  test("key columns missing: one warning each; --map names them, and is kept in a book written in place", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Contacts");
    sheet.addRow(["Ref", "Name", "Tier", "Spoke last", "Handled by"]);
    sheet.addRow(["R1", "Ames", "A", "2025-10-01", "Dana"]);
    sheet.addRow(["R2", "Baker", "B", "2025-06-01", "Lee"]);
    await workbook.xlsx.writeFile(folder.file("book.xlsx"));

    const guessed = await runCli(["today", "book.xlsx", "--date", "2026-03-02"], folder.dir);
    expect(guessed.code).toBe(0);
    const warnings = guessed.stderr.split("\n").filter((l) => l.includes("warning:"));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toContain("no client ID column");
    expect(warnings[1]).toContain("no last-contact column");
    expect(warnings[2]).toContain("no owner column");

    const mapped = await runCli(
      [
        "log",
        "book.xlsx",
        "--client",
        "R1",
        "--date",
        "2026-03-02",
        "--in-place",
        "--map",
        "id=Ref",
        "--map",
        "Last contact=spoke last",
        "--map",
        "owner=Handled by",
      ],
      folder.dir
    );
    expect(mapped.stderr).not.toContain("warning");
    expect(mapped.code).toBe(0);
    // The mapping went into the book: the next run needs no --map and warns of nothing (the
    // plain range stays a plain range in the file, so it is said again that it was read as one).
    const again = await runCli(["today", "book.xlsx", "--date", "2026-03-02"], folder.dir);
    expect(again.stderr).toBe(
      "relationship-hour: note: book.xlsx: read Contacts!A1:E3 as the client list (a plain range: no table is added to the file)\n"
    );
    const back = await readWithExcelJs(folder.file("book.xlsx"));
    expect(back.getWorksheet("Contacts")!.getCell("D2").value).toEqual(
      new Date(Date.UTC(2026, 2, 2))
    );

    const wrong = await runCli(["today", "book.xlsx", "--map", "owner=Nobody"], folder.dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--map owner=Nobody: no such column (columns: "Ref", "Name"');
    const field = await runCli(["today", "book.xlsx", "--map", "colour=Ref"], folder.dir);
    expect(field.stderr).toContain('--map: "colour" is not a field');
  });
});
