import { readFileSync } from "node:fs";
import { loadBook } from "../../src/app/loadBook";
import { createSettingsSheet, writeSample } from "../../src/app/setupActions";
import { todayJson } from "../../src/cli/todayReport";
import {
  CONTACT_LOG_HEADERS,
  CONTACT_LOG_SHEET,
  CONTACT_LOG_TABLE,
} from "../../src/core/book/contactLog";
import { sampleBook } from "../../src/core/sample/sampleBook";
import { serialFromDate } from "../../src/core/dates/serial";
import { DEFAULT_SETTINGS, SETTINGS_SHEET } from "../../src/core/book/settings";
import { buildToday } from "../../src/core/today/today";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { SETTINGS_STORE_SHEET, XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { readWithExcelJs, runCli, tempFolder } from "./cliHarness";
import { INTRODUCTIONS_SHEET } from "../../src/core/introductions/introductions";

const MARCH_2 = serialFromDate({ year: 2026, month: 3, day: 2 });
let folder: ReturnType<typeof tempFolder>;

beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

/** The call list the core computes for the sample book, read through the in-memory workbook. */
async function coreToday(size: number, me: string, asOf = MARCH_2) {
  const port = new MemoryWorkbook();
  await writeSample(port, "Clients", sampleBook({ asOf: MARCH_2, size }));
  await createSettingsSheet(port, { ...DEFAULT_SETTINGS, me });
  const book = await loadBook(port);
  if (book.state !== "loaded") throw new Error("the sample did not load");
  return todayJson(
    buildToday(book.clients, book.settings, asOf, book.introductions),
    book.problems
  );
}

describe("sample, then today", () => {
  test("today --json on a sample is the call list the core computes for the same rows", async () => {
    const made = await runCli(
      ["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "80"],
      folder.dir
    );
    expect(made).toMatchObject({ code: 0, stderr: "" });
    expect(made.stdout).toMatch(/^Wrote s\.xlsx: 80 sample clients/);

    const run = await runCli(["today", "s.xlsx", "--date", "2026-03-02", "--json"], folder.dir);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const printed = JSON.parse(run.stdout);
    const expected = await coreToday(80, "Dana Whitfield");
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.mine.calls.length).toBeGreaterThan(0);
    expect(printed.team.length).toBeGreaterThan(0);
    expect(printed.mine.calls[0]).toEqual({
      id: expect.stringMatching(/^C-\d{4}$/),
      name: expect.any(String),
      tier: expect.stringMatching(/^[ABC]$/),
      owner: "Dana Whitfield",
      why: expect.arrayContaining([expect.any(String)]),
      urgency: expect.stringMatching(/^(overdue|due-this-week|current)$/),
      lastContact: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      nextContact: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      followUp: expect.any(String),
      phone: expect.stringMatching(/^\+1 555/),
      email: expect.stringMatching(/@example\.com$/),
      address: "",
      tries: "",
      lastNotes: expect.any(String),
      inbound: expect.any(Array),
      profile: { family: "", occupation: "", interests: "" },
    });
  });

  test("the file gives the core the same book: loadBook over the .xlsx equals loadBook over memory", async () => {
    await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "40"], folder.dir);
    const port = await XlsxWorkbook.fromBytes(readFileSync(folder.file("s.xlsx")));
    const book = await loadBook(port);
    if (book.state !== "loaded") throw new Error("not loaded");
    expect(book.mappingConfirmed).toBe(true);
    expect(book.problems).toEqual([]);
    expect(book.settingsProblems).toEqual([]);
    expect(todayJson(buildToday(book.clients, book.settings, MARCH_2 + 10))).toEqual(
      await coreToday(40, "Dana Whitfield", MARCH_2 + 10)
    );
  });

  test("--owner makes another owner's list 'mine'; the text list names the day and the calls", async () => {
    await runCli(["sample", "s.xlsx", "--date", "2026-03-02"], folder.dir);
    const json = JSON.parse(
      (
        await runCli(
          ["today", "s.xlsx", "--date", "2026-03-02", "--owner", "Lee Moreno", "--json"],
          folder.dir
        )
      ).stdout
    );
    expect(json.me).toBe("Lee Moreno");
    expect(json.mine.calls.every((c: { owner: string }) => c.owner === "Lee Moreno")).toBe(true);
    // The sample's C tier is a mailing ("Card or newsletter"): none of it is a call.
    expect(json.mine.calls.some((c: { tier: string }) => c.tier === "C")).toBe(false);
    expect(json.mailings).toEqual([
      { channel: "newsletter", due: expect.any(Number), recipients: expect.any(Array) },
    ]);
    expect(json.mailings[0].recipients).toHaveLength(json.mailings[0].due);
    expect(json.mailings[0].due).toBeGreaterThan(0);

    const text = await runCli(["today", "s.xlsx"], folder.dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^Relationship hour for Dana Whitfield, Monday 2026-03-02 \(s\.xlsx, table "Clients"\)/
    );
    expect(text.stdout).toMatch(/My calls: \d+ calls?, \d+ of 60 minutes/);
    expect(text.stdout).toMatch(/ {2}1\. .+ \(C-\d{4}\) \[[ABC]\]: /);
  });

  test("the written workbook has every sheet, re-read by exceljs: the client table, the Contact Log, Rotation Settings and its names, the hidden settings", async () => {
    const made = await runCli(
      ["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "25"],
      folder.dir
    );
    const logged = sampleBook({ asOf: MARCH_2, size: 25 }).log;
    expect(made.stdout).toContain(`, ${logged.length} entries in the Contact Log, `);
    const workbook = await readWithExcelJs(folder.file("s.xlsx"));
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["Clients", "visible"],
      [CONTACT_LOG_SHEET, "visible"],
      [INTRODUCTIONS_SHEET, "visible"],
      [SETTINGS_STORE_SHEET, "hidden"],
      [SETTINGS_SHEET, "visible"],
    ]);
    const log = workbook.getWorksheet(CONTACT_LOG_SHEET)!;
    const logTable = log.getTable(CONTACT_LOG_TABLE) as unknown as {
      model: { tableRef: string; headerRow: boolean };
    };
    expect(logTable.model).toMatchObject({ tableRef: `A1:K${logged.length + 1}`, headerRow: true });
    expect(log.getRow(1).values).toEqual([undefined, ...CONTACT_LOG_HEADERS]);
    // Typed text stays text: the Client ID and notes columns carry the text format.
    expect([log.getCell("B2").numFmt, log.getCell("H2").numFmt]).toEqual(["@", "@"]);
    expect(log.getCell("B2").value).toBe(logged[0].clientId);
    const clients = workbook.getWorksheet("Clients")!;
    const table = clients.getTable("Clients") as unknown as {
      model: { tableRef: string; headerRow: boolean };
    };
    expect(table.model).toMatchObject({ tableRef: "A1:P26", headerRow: true });
    expect(clients.getCell("A2").value).toBe("C-0001");
    expect(clients.getCell("I1").value).toBe("Last contact");
    expect(workbook.definedNames.getRanges("RH_Cadence").ranges).toEqual([
      "'Rotation Settings'!$A$5:$D$10",
    ]);
    expect(workbook.getWorksheet(SETTINGS_SHEET)!.getCell("B17").value).toBe("Dana Whitfield");
  });

  test("sample never replaces a file without --force", async () => {
    folder.remove();
    folder = tempFolder();
    const { writeFileSync } = await import("node:fs");
    writeFileSync(folder.file("s.xlsx"), "precious");
    const refused = await runCli(["sample", "s.xlsx"], folder.dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      "relationship-hour: s.xlsx already exists; not overwritten (add --force to replace it, or give another name)\n"
    );
    expect(readFileSync(folder.file("s.xlsx"), "utf8")).toBe("precious");

    const forced = await runCli(["sample", "s.xlsx", "--force", "--clients", "5"], folder.dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(folder.file("s.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });
});
