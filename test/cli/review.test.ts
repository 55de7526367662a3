/** `review`: the review sheets written into a book from the command line. */
import { readFileSync } from "node:fs";
import { readWithExcelJs, runCli, tempFolder } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;

beforeEach(async () => {
  folder = tempFolder();
  await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "30"], folder.dir);
});
afterEach(() => folder.remove());

describe("review", () => {
  test("the Coverage dashboard and its hidden data sheet go to a new file; the book is unchanged", async () => {
    const before = readFileSync(folder.file("s.xlsx"));
    const run = await runCli(
      ["review", "s.xlsx", "--sheet", "coverage", "--date", "2026-03-02"],
      folder.dir
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Review sheet: Coverage\n/);
    expect(readFileSync(folder.file("s.xlsx"))).toEqual(before);

    const book = await readWithExcelJs(folder.file("s.review.xlsx"));
    const sheet = book.getWorksheet("Coverage")!;
    expect(sheet.getCell("A1").value).toBe("Coverage of the book, 2 Mar 2026");
    expect(sheet.getCell("A9").value).toBe("Tier");
    expect(typeof sheet.getCell("B10").value).toBe("number");
    const data = book.getWorksheet("Coverage data")!;
    expect(data.state).toBe("hidden");
    expect(typeof data.getCell("B4").value).toBe("number");
  });

  test.each([
    ["budget", "Time Budget"],
    ["journal", "Time Journal"],
    ["twelve-days", "Twelve Days 2026"],
  ])("--sheet %s writes %s, in place when asked", async (which, name) => {
    const run = await runCli(
      ["review", "s.xlsx", "--sheet", which, "--date", "2026-03-02", "--in-place"],
      folder.dir
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Review sheet: ${name}\\n`));
    const book = await readWithExcelJs(folder.file("s.xlsx"));
    expect(book.getWorksheet(name)).toBeDefined();
  });

  test("without --sheet, or with an unknown one, it says what to give", async () => {
    const none = await runCli(["review", "s.xlsx"], folder.dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--sheet coverage\|budget\|journal\|twelve-days/);
    const unknown = await runCli(["review", "s.xlsx", "--sheet", "pareto"], folder.dir);
    expect(unknown.code).toBe(2);
  });
});
