import { readWithExcelJs, runCli, tempFolder } from "./cliHarness";
import { sampleBook, SAMPLE_HEADERS } from "../../src/core/sample/sampleBook";
import { serialFromDate } from "../../src/core/dates/serial";

let folder: ReturnType<typeof tempFolder>;

beforeEach(async () => {
  folder = tempFolder();
  await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "30"], folder.dir);
});
afterEach(() => folder.remove());

const HOUSEHOLD = SAMPLE_HEADERS.indexOf("Household");
const ID = SAMPLE_HEADERS.indexOf("Client ID");
/** The same book the command wrote: the sample is deterministic for a date and size. */
const rows = sampleBook({ asOf: serialFromDate({ year: 2026, month: 3, day: 2 }), size: 30 }).rows;

async function lastContact(file: string, id: string) {
  const sheet = (await readWithExcelJs(folder.file(file))).getWorksheet("Clients")!;
  const row = sheet.getColumn(1).values.findIndex((v) => v === id);
  return sheet.getCell(row, SAMPLE_HEADERS.indexOf("Last contact") + 1).value;
}

describe("households and introductions on the command line", () => {
  test("log with one member of a household moves the other's last contact too", async () => {
    const member = rows.find((r) => r[HOUSEHOLD] !== "")!;
    const partner = rows.find((r) => r[HOUSEHOLD] === member[HOUSEHOLD] && r !== member)!;
    const run = await runCli(
      ["log", "s.xlsx", "--client", member[ID] as string, "--date", "2026-03-02", "--in-place"],
      folder.dir
    );
    expect(run.code).toBe(0);
    const day = new Date(Date.UTC(2026, 2, 2));
    expect(await lastContact("s.xlsx", member[ID] as string)).toEqual(day);
    expect(await lastContact("s.xlsx", partner[ID] as string)).toEqual(day);
  });

  test("today lists a household as one call naming its members, each with their own lines", async () => {
    const run = await runCli(["today", "s.xlsx", "--date", "2026-03-02"], folder.dir);
    const heading = /^ {2}\d+\. The (\w+) household: (\w+), (\w+) \((C-\d+), (C-\d+)\)/m.exec(
      run.stdout
    );
    expect(heading).not.toBeNull();
    const [, family, first, second] = heading!;
    expect(run.stdout).toContain(`     ${first} ${family}: `);
    expect(run.stdout).toContain(`     ${second} ${family}: `);
    const json = JSON.parse(
      (await runCli(["today", "s.xlsx", "--date", "2026-03-02", "--json"], folder.dir)).stdout
    );
    const items = [json.mine, ...json.team].flatMap((l: { calls: unknown[] }) => l.calls) as {
      household?: { heading: string; members: { id: string }[] };
    }[];
    const grouped = items.filter((i) => i.household !== undefined);
    expect(grouped.length).toBeGreaterThan(0);
    for (const i of grouped) expect(i.household!.members.length).toBeGreaterThanOrEqual(2);
  });

  test("log --introduced-by records the introduction; audit counts it by tier and year", async () => {
    // The sample comes with introductions of its own: the new one is counted on top of them.
    const in2026 = async () => {
      const audit = await runCli(["audit", "s.xlsx", "--date", "2026-03-02"], folder.dir);
      return Number(/Introductions by year: .*2026 (\d+)/.exec(audit.stdout)?.[1] ?? 0);
    };
    const before = await in2026();
    const run = await runCli(
      [
        "log",
        "s.xlsx",
        "--client",
        "C-0030",
        "--introduced-by",
        "C-0001",
        "--date",
        "2026-03-02",
        "--in-place",
      ],
      folder.dir
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/Introduction: .+ introduced .+ \(became a client\)\./);
    const sheet = (await readWithExcelJs(folder.file("s.xlsx"))).getWorksheet("Introductions")!;
    expect(sheet.getRow(sheet.actualRowCount).values).toEqual([
      undefined,
      new Date(Date.UTC(2026, 2, 2)),
      "C-0001",
      rows[0][1],
      "C-0030",
      rows[29][1],
      "became a client",
    ]);
    expect(await in2026()).toBe(before + 1);
    const audit = await runCli(["audit", "s.xlsx", "--date", "2026-03-02"], folder.dir);
    expect(audit.stdout).toMatch(/Introductions by tier of the introducer: [ABC] \d+ \(\d+ became/);
  });

  test("an unknown introducer is refused and the book is not written", async () => {
    const run = await runCli(
      ["log", "s.xlsx", "--client", "C-0003", "--introduced-by", "C-9999", "--in-place"],
      folder.dir
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('No client with ID "C-9999" made it');
  });
});
