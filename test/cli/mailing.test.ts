import { readFileSync } from "node:fs";
import { readWithExcelJs, runCli, tempFolder } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;

beforeEach(async () => {
  folder = tempFolder();
  await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "60"], folder.dir);
});
afterEach(() => folder.remove());

describe("mailing", () => {
  test("prints who is due for the newsletter as CSV; --csv writes it to a file", async () => {
    const run = await runCli(["mailing", "s.xlsx", "--date", "2026-03-02"], folder.dir);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const lines = run.stdout.split("\r\n");
    expect(lines[0]).toBe("Client ID,Name,Email,Address,Owner,Tier,Last contact");
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(1, -1).every((l) => /^C-\d{4},.*,C,/.test(l))).toBe(true);

    const toFile = await runCli(
      ["mailing", "s.xlsx", "--date", "2026-03-02", "--csv", "due.csv"],
      folder.dir
    );
    expect(toFile.stdout).toMatch(
      /^Wrote due\.csv: \d+ letters? due for the newsletter as of 2026-03-02\./
    );
    expect(readFileSync(folder.file("due.csv"), "utf8")).toBe(run.stdout);
  });

  test("--log logs it as sent for all of them and moves their last contact; then nobody is due", async () => {
    const csv = (await runCli(["mailing", "s.xlsx", "--date", "2026-03-02"], folder.dir)).stdout;
    const due = csv
      .split("\r\n")
      .slice(1, -1)
      .map((l) => l.split(",")[0]);
    const run = await runCli(
      ["mailing", "s.xlsx", "--date", "2026-03-02", "--log", "--csv", "due.csv"],
      folder.dir
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`Logged the newsletter as sent to ${due.length} clients.`);
    expect(run.stdout).toContain("Wrote s.mailed.xlsx (s.xlsx is unchanged).");
    const log = (await readWithExcelJs(folder.file("s.mailed.xlsx"))).getWorksheet("Contact Log")!;
    const rows = log.getSheetValues().slice(-due.length) as unknown[][];
    expect(rows.map((r) => [r[2], r[5], r[11]])).toEqual(
      due.map((id) => [id, "newsletter", "sent"])
    );
    const again = await runCli(["mailing", "s.mailed.xlsx", "--date", "2026-03-02"], folder.dir);
    expect(again.stdout.split("\r\n").slice(1, -1)).toEqual([]);
  });

  test("an unknown channel is a usage error", async () => {
    const run = await runCli(["mailing", "s.xlsx", "--channel", "fax"], folder.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--channel: "fax" is not one of newsletter, e-mail, event invitation'
    );
  });
});
