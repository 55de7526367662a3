import { readFileSync } from "node:fs";
import { sampleBook } from "../../src/core/sample/sampleBook";
import { serialFromDate } from "../../src/core/dates/serial";
import { readWithExcelJs, runCli, soloSampleClient, tempFolder } from "./cliHarness";

const MARCH_2 = serialFromDate({ year: 2026, month: 3, day: 2 });

let folder: ReturnType<typeof tempFolder>;

beforeEach(async () => {
  folder = tempFolder();
  await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "30"], folder.dir);
});
afterEach(() => folder.remove());

describe("plan", () => {
  // A client with a last contact, to see its date format.
  test("one client's plan sheet goes to a new file; running it again on that file keeps the user's notes", async () => {
    const solo = soloSampleClient(30);
    const before = readFileSync(folder.file("s.xlsx"));
    const first = await runCli(
      ["plan", "s.xlsx", "--client", solo, "--date", "2026-03-02"],
      folder.dir
    );
    expect(first.code).toBe(0);
    const sheetName = /Plan sheets: (.+)\n/.exec(first.stdout)![1];
    expect(readFileSync(folder.file("s.xlsx"))).toEqual(before);

    const book = await readWithExcelJs(folder.file("s.plans.xlsx"));
    const sheet = book.getWorksheet(sheetName)!;
    expect(sheet.getCell("A1").value).toMatch(/^Relationship plan: /);
    // It prints like a document: across the page, every column on one page's width.
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:H138",
    });
    expect(sheet.getCell("B5").value).toBe(solo);
    // Each profile value has its own format: the score is a number, the last contact a date.
    expect(sheet.getCell("A8").value).toBe("Score (0–100)");
    expect(sheet.getCell("B8").numFmt).toBe("0.0");
    expect(sheet.getCell("B9").numFmt).toBe("yyyy-mm-dd");
    sheet.getCell("B32").value = "=they loved the seminar";
    await book.xlsx.writeFile(folder.file("edited.xlsx"));

    const again = await runCli(
      ["plan", "edited.xlsx", "--client", solo, "--date", "2026-03-09", "--in-place"],
      folder.dir
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Plan sheets: ${sheetName}\n`);
    const reread = (await readWithExcelJs(folder.file("edited.xlsx"))).getWorksheet(sheetName)!;
    expect(reread.getCell("B32").value).toBe("=they loved the seminar");
    expect(reread.getCell("A2").value).toMatch(/Refreshed 9 Mar 2026/);
  });

  test("plans for a whole tier, and a clear line for a tier nobody has or an unknown client", async () => {
    const run = await runCli(["plan", "s.xlsx", "--tier", "a", "--date", "2026-03-02"], folder.dir);
    expect(run.code).toBe(0);
    const sheets = /Plan sheets: (.+)\n/.exec(run.stdout)![1].split(", ");
    expect(sheets.length).toBeGreaterThan(0);
    const book = await readWithExcelJs(folder.file("s.plans.xlsx"));
    for (const name of sheets) expect(book.getWorksheet(name)).toBeDefined();

    const none = await runCli(["plan", "s.xlsx", "--tier", "Z", "--out", "z.xlsx"], folder.dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('relationship-hour: s.xlsx: no client has tier "Z"\n');
    const unknown = await runCli(
      ["plan", "s.xlsx", "--client", "C-9999", "--out", "u.xlsx"],
      folder.dir
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('relationship-hour: s.xlsx: no client with ID "C-9999"\n');
  });
});

describe("audit", () => {
  test("coverage per tier, matching the core's figures, as text and as JSON", async () => {
    const json = await runCli(["audit", "s.xlsx", "--date", "2026-03-02", "--json"], folder.dir);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.asOf).toBe("2026-03-02");
    expect(result.tiers.map((t: { tier: string }) => t.tier)).toEqual(["A", "B", "C"]);
    const clients =
      result.tiers.reduce((sum: number, t: { clients: number }) => sum + t.clients, 0) +
      result.untiered;
    expect(clients).toBe(30);
    // The sample has households: each is counted once, so the tiers count fewer units than clients.
    expect(result.byHousehold).toBe(true);
    for (const t of result.tiers) {
      expect(t.withinCadence + t.overdue).toBe(t.units);
      expect(t.units).toBeLessThanOrEqual(t.clients);
    }

    // The sample's Contact Log, counted here from the generator: the last 365 days, no snoozes.
    const recent = sampleBook({ asOf: MARCH_2, size: 30 }).log.filter(
      (e) => e.channel !== "snooze" && MARCH_2 - e.date <= 365
    );
    const proactive = recent.filter((e) => e.direction === "outbound").length;
    expect(proactive).toBeGreaterThan(0);
    expect([result.proactive, result.inbound]).toEqual([proactive, recent.length - proactive]);

    const text = await runCli(["audit", "s.xlsx", "--date", "2026-03-02"], folder.dir);
    expect(text.stdout).toMatch(
      /^Coverage of s\.xlsx as of 2026-03-02, by household \(a family counts once\)\n/
    );
    expect(text.stdout).toContain(
      `Logged in the last 12 months: ${proactive} proactive, ${recent.length - proactive} inbound (${Math.round((proactive / recent.length) * 100)}% proactive)`
    );
  });

  test("--by owner: per advisor and tier, adding up to the per-tier figures", async () => {
    const [byTier, byOwner] = await Promise.all([
      runCli(["audit", "s.xlsx", "--date", "2026-03-02", "--json"], folder.dir),
      runCli(["audit", "s.xlsx", "--date", "2026-03-02", "--by", "owner", "--json"], folder.dir),
    ]);
    const tiers = JSON.parse(byTier.stdout).tiers as {
      tier: string;
      clients: number;
      overdue: number;
    }[];
    const owners = JSON.parse(byOwner.stdout).byOwner as {
      owner: string;
      tiers: { tier: string; clients: number; overdue: number }[];
    }[];
    expect(owners.map((o) => o.owner)).toEqual(["Dana Whitfield", "Lee Moreno", "Sam Okoro"]);
    for (const t of tiers) {
      const mine = owners.flatMap((o) => o.tiers.filter((x) => x.tier === t.tier));
      expect(mine.reduce((n, x) => n + x.clients, 0)).toBe(t.clients);
      expect(mine.reduce((n, x) => n + x.overdue, 0)).toBe(t.overdue);
    }
    const text = await runCli(
      ["audit", "s.xlsx", "--date", "2026-03-02", "--by", "owner"],
      folder.dir
    );
    expect(text.stdout).toMatch(
      /^Coverage of s\.xlsx by advisor as of 2026-03-02, by household \(a family counts once\)\n/
    );
    expect(text.stdout).toMatch(/\nDana Whitfield {2}A {4}/);
  });
});
