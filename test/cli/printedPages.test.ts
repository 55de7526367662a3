/**
 * The sheets as LibreOffice prints them, from a book the command line and the pane's actions wrote
 * (scripts/printSheets.ts, which also renders the README's pictures): each prints on the pages an
 * advisor would hand over, one page wide. Skipped, saying so, where LibreOffice or pdfinfo is
 * missing (install libreoffice-calc-nogui and poppler-utils).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { demoBook, pageCount, printToPdf, type DemoSheets } from "../../scripts/printSheets";

function installed(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const canPrint = installed("soffice") && installed("pdfinfo");
if (!canPrint)
  console.warn(
    "Printed page counts not checked: soffice or pdfinfo is missing (apt-get install libreoffice-calc-nogui poppler-utils)."
  );
const describePrinted = canPrint ? describe : describe.skip;

/**
 * Most pages each sheet may print on: a day's journal and the budget on one, a plan on two, a
 * household's plan on three (its members' own figures after the history).
 */
const MOST_PAGES: Record<string, number> = {
  plan: 2,
  "household-plan": 3,
  "twelve-days": 2,
  "time-budget": 1,
  "time-journal": 1,
  coverage: 2,
};

describePrinted("the sheets as LibreOffice prints them", () => {
  let dir: string;
  let book: { file: string; sheets: DemoSheets };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rh-print-"));
    book = await demoBook(dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(Object.entries(MOST_PAGES))(
    "%s prints on at most %i page(s)",
    async (name, most) => {
      const pdf = await printToPdf(book.file, book.sheets[name], name, dir);
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(most);
    },
    60_000
  );
});
