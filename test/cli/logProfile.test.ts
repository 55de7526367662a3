import { readFileSync, writeFileSync } from "node:fs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { readWithExcelJs, runCli, soloSampleClient, tempFolder } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;

beforeEach(async () => {
  folder = tempFolder();
  await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "30"], folder.dir);
});
afterEach(() => folder.remove());

/** The sample with the profile columns a practice might keep, still blank. */
async function withProfileColumns(): Promise<void> {
  const port = await XlsxWorkbook.fromBytes(readFileSync(folder.file("s.xlsx")));
  for (const header of ["Family", "Occupation", "Interests"])
    expect(await port.addColumn("Clients", header, new Array(30).fill(""))).toEqual({ ok: true });
  writeFileSync(folder.file("p.xlsx"), await port.toBytes());
}

describe("log --family --occupation --interests", () => {
  test("a given field goes to the client's column; the others stay", async () => {
    await withProfileColumns();
    const run = await runCli(
      [
        "log",
        "p.xlsx",
        "--client",
        "C-0003",
        "--date",
        "2026-03-02",
        "--occupation",
        "=retired pilot",
        "--interests",
        "sailing",
        // The sample's mapping was confirmed before the columns were added: they are named here.
        "--map",
        "occupation=Occupation",
        "--map",
        "interests=Interests",
        "--map",
        "family=Family",
      ],
      folder.dir
    );
    // A note says which columns were taken (the --map ones among them); no warning.
    expect(run.stderr).toMatch(/Occupation ← "Occupation"/);
    expect(run.stderr).not.toMatch(/warning/i);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kept: occupation "=retired pilot", interests "sailing".');
    const sheet = (await readWithExcelJs(folder.file("p.logged.xlsx"))).getWorksheet("Clients")!;
    const headers = sheet.getRow(1).values as unknown[];
    const row = sheet.getColumn(1).values.findIndex((v) => v === "C-0003");
    const at = (header: string) => sheet.getCell(row, headers.indexOf(header)).value;
    expect([at("Family"), at("Occupation"), at("Interests")]).toEqual([
      null,
      "=retired pilot",
      "sailing",
    ]);
  });

  test("without the column: kept in the What we know block of the client's plan", async () => {
    const run = await runCli(
      ["log", "s.xlsx", "--client", soloSampleClient(30), "--family", "twins on the way"],
      folder.dir
    );
    expect(run.stderr).not.toMatch(/warning/i);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kept: family "twins on the way".');
    const book = await readWithExcelJs(folder.file("s.logged.xlsx"));
    const plan = book.worksheets.find((sheet) =>
      sheet.getCell("A1").text.startsWith("Relationship plan")
    );
    expect(plan).toBeDefined();
    const known = new Map<string, string>();
    plan!.eachRow((row) => {
      const label = row.getCell("F").text;
      if (label !== "") known.set(label, row.getCell("G").text);
    });
    expect(known.get("Family")).toBe("twins on the way");
  });

  test("a household member's is kept on the household's plan, in the member's row, and read back", async () => {
    const run = await runCli(
      ["log", "s.xlsx", "--client", "C-0003", "--family", "twins on the way", "--in-place"],
      folder.dir
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kept: family "twins on the way".');
    const book = await readWithExcelJs(folder.file("s.xlsx"));
    const plan = book.worksheets.find((sheet) => / household$/.test(sheet.name))!;
    let member = 0;
    plan.eachRow((row, n) => {
      if (row.getCell("B").text === "C-0003") member = n;
    });
    expect(plan.getRow(member).getCell("F").text).toBe("twins on the way");
    // Read back: a second fact about the same member keeps the first.
    const again = await runCli(
      ["log", "s.xlsx", "--client", "C-0003", "--interests", "sailing", "--in-place"],
      folder.dir
    );
    expect(again.code).toBe(0);
    const reread = (await readWithExcelJs(folder.file("s.xlsx"))).getWorksheet(plan.name)!;
    expect([
      reread.getRow(member).getCell("F").text,
      reread.getRow(member).getCell("H").text,
    ]).toEqual(["twins on the way", "sailing"]);
  });

  test("--help lists the options", async () => {
    const run = await runCli(["log", "--help"], folder.dir);
    expect(run.stdout).toMatch(/--family TEXT/);
    expect(run.stdout).toMatch(/--interests TEXT/);
  });
});
