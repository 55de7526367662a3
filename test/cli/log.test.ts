import { readFileSync, statSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { readWithExcelJs, runCli, tempFolder } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;

beforeEach(async () => {
  folder = tempFolder();
  await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "30"], folder.dir);
});
afterEach(() => folder.remove());

async function clientRow(file: string, id: string) {
  const sheet = (await readWithExcelJs(folder.file(file))).getWorksheet("Clients")!;
  const row = sheet.getColumn(1).values.findIndex((v) => v === id);
  return { lastContact: sheet.getCell(row, 9).value, followUp: sheet.getCell(row, 15).value };
}

/** Rows in the Contact Log table: the sample's history, before anything is logged. */
async function logLength(file: string): Promise<number> {
  const log = (await readWithExcelJs(folder.file(file))).getWorksheet("Contact Log")!;
  const ref = (log.getTable("ContactLog") as unknown as { model: { tableRef: string } }).model
    .tableRef;
  return Number(/^A1:K(\d+)$/.exec(ref)![1]) - 1;
}

async function todayItem(file: string, id: string) {
  const json = JSON.parse(
    (await runCli(["today", file, "--date", "2026-03-02", "--json"], folder.dir)).stdout
  );
  const lists = [json.mine, ...json.team];
  return lists.flatMap((l) => [...l.calls]).find((c: { id: string }) => c.id === id) ?? null;
}

describe("log", () => {
  test("writes BOOK.logged.xlsx with the Contact Log row and the moved last contact; the book itself is byte-identical", async () => {
    const before = readFileSync(folder.file("s.xlsx"));
    const history = await logLength("s.xlsx");
    expect(history).toBeGreaterThan(30);
    const overdue = JSON.parse(
      (await runCli(["today", "s.xlsx", "--date", "2026-03-02", "--json"], folder.dir)).stdout
    ).mine.calls[0];

    const run = await runCli(
      [
        "log",
        "s.xlsx",
        "--client",
        overdue.id,
        "--date",
        "2026-03-02",
        "--minutes",
        "12",
        "--notes",
        "talked about the cruise",
        "--follow-up",
        "photos of Alaska",
      ],
      folder.dir
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `with ${overdue.name} (${overdue.id}) on 2026-03-02 by Dana Whitfield; last contact moved from ${overdue.lastContact} to 2026-03-02.`
    );
    expect(run.stdout).toContain("Wrote s.logged.xlsx (s.xlsx is unchanged).");
    expect(readFileSync(folder.file("s.xlsx")).equals(before)).toBe(true);

    const workbook = await readWithExcelJs(folder.file("s.logged.xlsx"));
    // The sample comes with its Contact Log: the new row goes below its history.
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Clients",
      "Contact Log",
      "Introductions",
      "_RelationshipHour",
      "Rotation Settings",
    ]);
    const log = workbook.getWorksheet("Contact Log")!;
    expect(log.getRow(1).values).toEqual([
      undefined,
      "Date",
      "Client ID",
      "Client",
      "Who",
      "Channel",
      "Direction",
      "Minutes",
      "Notes",
      "Follow-up",
      "Snoozed until",
      "Outcome",
    ]);
    const row = history + 2;
    expect(await logLength("s.logged.xlsx")).toBe(history + 1);
    expect(log.getCell(`A${row}`).value).toEqual(new Date(Date.UTC(2026, 2, 2)));
    expect([2, 3, 4, 5, 6, 7, 8, 9].map((c) => log.getCell(row, c).value)).toEqual([
      overdue.id,
      overdue.name,
      "Dana Whitfield",
      "call",
      "outbound",
      12,
      "talked about the cruise",
      "photos of Alaska",
    ]);
    expect(await clientRow("s.logged.xlsx", overdue.id)).toEqual({
      lastContact: new Date(Date.UTC(2026, 2, 2)),
      followUp: "photos of Alaska",
    });
    expect(await todayItem("s.logged.xlsx", overdue.id)).toBeNull();
  });

  test("a blank follow-up keeps the client's follow-up; --clear-follow-up erases it", async () => {
    const before = await clientRow("s.xlsx", "C-0002");
    expect(before.followUp).toEqual(expect.any(String));
    expect(before.followUp).not.toBe("");
    await runCli(["log", "s.xlsx", "--client", "C-0002", "--date", "2026-03-02"], folder.dir);
    expect(await clientRow("s.logged.xlsx", "C-0002")).toEqual({
      lastContact: new Date(Date.UTC(2026, 2, 2)),
      followUp: before.followUp,
    });
    await runCli(
      [
        "log",
        "s.xlsx",
        "--client",
        "C-0002",
        "--date",
        "2026-03-02",
        "--clear-follow-up",
        "--force",
      ],
      folder.dir
    );
    expect((await clientRow("s.logged.xlsx", "C-0002")).followUp ?? "").toBe("");
  });

  test("--outcome: a call that reached no one is a try; the rotation stays and the card says so", async () => {
    const before = await clientRow("s.xlsx", "C-0002");
    const run = await runCli(
      ["log", "s.xlsx", "--client", "C-0002", "--date", "2026-03-02", "--outcome", "no answer"],
      folder.dir
    );
    expect(run.stdout).toContain("no answer: a try, so the rotation is unchanged");
    expect(await clientRow("s.logged.xlsx", "C-0002")).toEqual(before);
    const log = (await readWithExcelJs(folder.file("s.logged.xlsx"))).getWorksheet("Contact Log")!;
    expect(log.getCell(`K${(await logLength("s.logged.xlsx")) + 1}`).value).toBe("no answer");
    const bad = await runCli(
      ["log", "s.xlsx", "--client", "C-0002", "--outcome", "maybe", "--force"],
      folder.dir
    );
    expect(bad.code).toBe(2);
  });

  test("undo takes back the last contact: the log row goes, last contact and follow-up come back", async () => {
    const before = await clientRow("s.xlsx", "C-0005");
    const history = await logLength("s.xlsx");
    await runCli(
      [
        "log",
        "s.xlsx",
        "--client",
        "C-0005",
        "--date",
        "2026-03-02",
        "--follow-up",
        "new topic",
        "--in-place",
        "--force",
      ],
      folder.dir
    );
    expect((await clientRow("s.xlsx", "C-0005")).followUp).toBe("new topic");
    const run = await runCli(["undo", "s.xlsx", "--client", "C-0005"], folder.dir);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Took back the call of 2026-03-02 with");
    expect(await clientRow("s.undone.xlsx", "C-0005")).toEqual(before);
    expect(await logLength("s.undone.xlsx")).toBe(history);
  });

  test("--in-place rewrites the book itself, and a second log appends below the first", async () => {
    const history = await logLength("s.xlsx");
    const first = await runCli(
      ["log", "s.xlsx", "--client", "C-0003", "--date", "2026-03-01", "--in-place"],
      folder.dir
    );
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain("Rewrote s.xlsx in place.");
    const second = await runCli(
      [
        "log",
        "s.xlsx",
        "--client",
        "C-0004",
        "--direction",
        "inbound",
        "--channel",
        "email",
        "--in-place",
      ],
      folder.dir
    );
    expect(second.stdout).toContain("inbound, so the rotation is unchanged");

    const workbook = await readWithExcelJs(folder.file("s.xlsx"));
    const log = workbook.getWorksheet("Contact Log")!;
    const [one, two] = [history + 2, history + 3];
    expect([
      log.getCell(`B${one}`).value,
      log.getCell(`B${two}`).value,
      log.getCell(`F${two}`).value,
    ]).toEqual(["C-0003", "C-0004", "inbound"]);
    expect(
      (log.getTable("ContactLog") as unknown as { model: { tableRef: string } }).model.tableRef
    ).toBe(`A1:K${two}`);
    expect((await clientRow("s.xlsx", "C-0003")).lastContact).toEqual(
      new Date(Date.UTC(2026, 2, 1))
    );
  });

  test("never replaces an existing file without --force; with --force it does", async () => {
    writeFileSync(folder.file("s.logged.xlsx"), "keep me");
    const refused = await runCli(["log", "s.xlsx", "--client", "C-0001"], folder.dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      "relationship-hour: s.logged.xlsx already exists; not overwritten (add --force to replace it, or give another name)\n"
    );
    expect(readFileSync(folder.file("s.logged.xlsx"), "utf8")).toBe("keep me");

    const toOther = await runCli(
      ["log", "s.xlsx", "--client", "C-0001", "--out", "other.xlsx"],
      folder.dir
    );
    expect(toOther.stdout).toContain("Wrote other.xlsx (s.xlsx is unchanged).");
    const forced = await runCli(["log", "s.xlsx", "--client", "C-0001", "--force"], folder.dir);
    expect(forced.code).toBe(0);
    expect(statSync(folder.file("s.logged.xlsx")).size).toBeGreaterThan(1000);
  });

  test("--out naming the book itself is refused: rewriting it takes --in-place", async () => {
    const before = readFileSync(folder.file("s.xlsx"));
    const run = await runCli(
      ["log", "s.xlsx", "--client", "C-0001", "--out", "./s.xlsx", "--force"],
      folder.dir
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "relationship-hour: --out names the book itself (s.xlsx); use --in-place to rewrite it\n"
    );
    expect(readFileSync(folder.file("s.xlsx")).equals(before)).toBe(true);
  });

  test("a note or follow-up starting with = stays text in the saved file, never a formula", async () => {
    const row = (await logLength("s.xlsx")) + 2;
    await runCli(
      [
        "log",
        "s.xlsx",
        "--client",
        "C-0002",
        "--date",
        "2026-03-02",
        "--notes",
        "=SUM(A1:A9)",
        "--follow-up",
        '=HYPERLINK("x")',
      ],
      folder.dir
    );
    const workbook = await readWithExcelJs(folder.file("s.logged.xlsx"));
    const { value, numFmt, formula, type } = workbook
      .getWorksheet("Contact Log")!
      .getCell(`H${row}`);
    expect([value, numFmt, formula, type]).toEqual([
      "=SUM(A1:A9)",
      "@",
      undefined,
      ExcelJS.ValueType.String,
    ]);
    expect((await clientRow("s.logged.xlsx", "C-0002")).followUp).toBe('=HYPERLINK("x")');
  });

  test("an unknown client or a bad option is one line and a non-zero exit; nothing is written", async () => {
    const unknown = await runCli(["log", "s.xlsx", "--client", "C-9999"], folder.dir);
    expect(unknown).toEqual({
      code: 1,
      stdout: "",
      stderr: 'relationship-hour: s.xlsx, table "Clients": no client with ID "C-9999"\n',
    });
    const channel = await runCli(
      ["log", "s.xlsx", "--client", "C-0001", "--channel", "pigeon"],
      folder.dir
    );
    expect(channel).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'relationship-hour: --channel: "pigeon" is not one of call, meeting, in person, card, email, other\n',
    });
    const missing = await runCli(["log", "s.xlsx"], folder.dir);
    expect(missing.stderr).toBe("relationship-hour: give the client's ID with --client ID\n");
    expect(() => statSync(folder.file("s.logged.xlsx"))).toThrow();
  });
});
