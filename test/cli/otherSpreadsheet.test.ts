/**
 * A workbook the tool writes opens in another spreadsheet application with every sheet intact:
 * LibreOffice Calc opens it, recalculates it and saves it again, and the result holds the same
 * sheets, the same cells and the same formulas, and reads back to the same call list.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { createTimeBudget } from "../../src/app/budgetActions";
import { refreshCoverage } from "../../src/app/coverageActions";
import { createTimeJournal } from "../../src/app/journalActions";
import { loadBook } from "../../src/app/loadBook";
import { generateTwelveDays } from "../../src/app/reviewActions";
import { serialFromDate } from "../../src/core/dates/serial";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { readWithExcelJs, runCli, tempFolder } from "./cliHarness";
import { cellsOf, differences, hasLibreOffice, resaveWithCalc, SOFFICE } from "./libreOffice";

const MARCH_2 = serialFromDate({ year: 2026, month: 3, day: 2 });
let folder: ReturnType<typeof tempFolder>;

beforeAll(() => {
  if (!hasLibreOffice())
    throw new Error(
      `${SOFFICE} is missing: install Debian's libreoffice-calc-nogui (npm test does, as root) to run this test`
    );
});
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

/** Every kind of sheet the tool and the add-in write, in one workbook. */
async function everySheet(): Promise<{ file: string; perTier: number[] }> {
  const run = (...argv: string[]) => runCli(argv, folder.dir);
  expect((await run("sample", "book.xlsx", "--date", "2026-03-02", "--clients", "40")).code).toBe(
    0
  );
  expect(
    (await run("plan", "book.xlsx", "--tier", "A", "--date", "2026-03-02", "--in-place")).code
  ).toBe(0);
  const logged = await run(
    "log",
    "book.xlsx",
    "--client",
    "C-0003",
    "--date",
    "2026-03-02",
    "--notes",
    "=not a formula",
    "--follow-up",
    "ask how the recital went",
    "--in-place"
  );
  expect(logged.code).toBe(0);
  // The pane's own actions, through the same .xlsx workbook.
  const file = folder.file("book.xlsx");
  const port = await XlsxWorkbook.fromBytes(await fs.readFile(file));
  const book = await loadBook(port);
  if (book.state !== "loaded") throw new Error("the sample did not load");
  await generateTwelveDays(port, book, serialFromDate({ year: 2026, month: 12, day: 13 }));
  await createTimeBudget(port, book);
  await createTimeJournal(port);
  await refreshCoverage(port, book, MARCH_2);
  await fs.writeFile(file, await port.toBytes());
  const perTier = ["A", "B", "C"].map((t) => book.clients.filter((c) => c.tier === t).length);
  return { file, perTier };
}

describe("a tool-written workbook in LibreOffice Calc", () => {
  test("opens with every sheet, cell and formula, and comes back to the same call list", async () => {
    const { file, perTier } = await everySheet();
    const resaved = await resaveWithCalc(
      file,
      path.join(folder.dir, "calc"),
      path.join(folder.dir, "profile")
    );
    const ours = await readWithExcelJs(file);
    const theirs = await readWithExcelJs(resaved);

    const names = (book: typeof ours) => book.worksheets.map((s) => `${s.name} (${s.state})`);
    expect(names(theirs)).toEqual(names(ours));
    expect(ours.worksheets.length).toBeGreaterThanOrEqual(10);
    for (const sheet of ours.worksheets) {
      expect([sheet.name, cellsOf(sheet).size]).not.toEqual([sheet.name, 0]);
      expect(differences(sheet, theirs.getWorksheet(sheet.name)!)).toEqual([]);
    }
    // The tables are still tables, and a typed "=…" is still text.
    const tables = (book: typeof ours) =>
      book.worksheets
        .flatMap((s) => (s.getTables() as unknown as { name: string }[]).map((t) => t.name))
        .sort();
    expect(tables(ours)).toEqual([
      "Clients",
      "ContactLog",
      "Introductions",
      "RH_CoverageByAdvisor",
      "RH_CoverageByTier",
      "TimeJournal",
    ]);
    expect(tables(theirs)).toEqual(tables(ours));
    const log = theirs.getWorksheet("Contact Log")!;
    let note: unknown = null;
    log.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === "=not a formula") note = cell.value;
      })
    );
    expect(note).toBe("=not a formula");
    // Calc recalculated the live formulas: 2,200 hours less 1,500 allocated.
    const budget = theirs.getWorksheet("Time Budget")!;
    expect(budget.getCell("B9").value).toMatchObject({ result: 700 });
    // RH.TIER is the add-in's own: without it, clients per tier are the counts the add-in made.
    const clients = ["B12", "B13", "B14"].map(
      (a) => (budget.getCell(a).value as { result?: number }).result
    );
    expect(clients).toEqual(perTier);
    expect(perTier[0]).toBeGreaterThan(0);

    const today = async (name: string) =>
      (await runCli(["today", name, "--date", "2026-03-02", "--json"], folder.dir)).stdout;
    const again = await today(path.relative(folder.dir, resaved));
    expect(again).not.toBe("");
    expect(again).toBe(await today("book.xlsx"));
  }, 180_000);
});
