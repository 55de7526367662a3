/**
 * The sheets the add-in writes, printed as LibreOffice prints them: a demo book built with the
 * command line's own sample and the pane's actions (plan, twelve days, time budget, time journal,
 * coverage) through the .xlsx workbook, and each sheet alone to PDF (the others hidden, so formulas
 * over them still work). Used by scripts/render-sheets.ts for the README's pictures and by the test
 * of printed page counts. Needs Debian's libreoffice-calc-nogui (and poppler-utils to count pages).
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { createTimeBudget } from "../src/app/budgetActions";
import { refreshCoverage } from "../src/app/coverageActions";
import { createTimeJournal } from "../src/app/journalActions";
import { loadBook } from "../src/app/loadBook";
import { generatePlan } from "../src/app/planActions";
import { generateTwelveDays } from "../src/app/reviewActions";
import { main } from "../src/cli/main";
import { COVERAGE_SHEET } from "../src/core/sheets/coverageSheet";
import { serialFromDate } from "../src/core/dates/serial";
import { SETTINGS_SHEET } from "../src/core/book/settings";
import { TIME_BUDGET_SHEET } from "../src/core/sheets/timeBudgetSheet";
import { OpenedPackage } from "../src/workbook/xlsx/package/openedPackage";
import { PackageWorkbook } from "../src/workbook/xlsx/package/packageWorkbook";

const AS_OF = serialFromDate({ year: 2026, month: 3, day: 2 });

/** The README's file name of each sheet, and the sheet's name in the book. */
export type DemoSheets = Record<string, string>;

/** The sample book of 120 clients, on 2 March 2026, with one of each sheet the add-in writes. */
export async function demoBook(dir: string): Promise<{ file: string; sheets: DemoSheets }> {
  const code = await main(["sample", "book.xlsx", "--date", "2026-03-02", "--clients", "120"], {
    // The sample's own report is not what either caller shows.
    stdout: () => undefined,
    stderr: (text) => process.stderr.write(text),
    cwd: dir,
    env: {},
    now: () => new Date(2026, 2, 2, 12),
  });
  if (code !== 0) throw new Error("the sample was not written");
  const file = path.join(dir, "book.xlsx");
  // Written as the command line writes (the package layer), charts included.
  const port = PackageWorkbook.fromBytes(await fs.readFile(file));
  const book = await loadBook(port);
  if (book.state !== "loaded") throw new Error("the sample did not load");
  // The best client on their own gets a client's plan; the best household, the family's.
  const ranked = [...book.clients].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const plan = await generatePlan(
    port,
    book,
    ranked.find((c) => c.household === null)!,
    AS_OF
  );
  const householdPlan = await generatePlan(
    port,
    book,
    ranked.find((c) => c.household !== null)!,
    AS_OF
  );
  const twelve = await generateTwelveDays(
    port,
    book,
    serialFromDate({ year: 2026, month: 12, day: 13 })
  );
  await createTimeBudget(port, book);
  const journal = await createTimeJournal(port);
  await refreshCoverage(port, book, AS_OF);
  await fs.writeFile(file, await port.toBytes());
  return {
    file,
    sheets: {
      plan,
      "household-plan": householdPlan,
      "twelve-days": twelve,
      "time-budget": TIME_BUDGET_SHEET,
      "time-journal": journal.sheet,
      coverage: COVERAGE_SHEET,
      settings: SETTINGS_SHEET,
    },
  };
}

/**
 * A copy of the book where only `sheet` is visible (and active), so only it is printed. The
 * workbook part's sheet list is edited in place: every other part — the charts — stays.
 */
export async function onlySheet(file: string, sheet: string, out: string): Promise<void> {
  const pkg = new OpenedPackage(await fs.readFile(file));
  const index = pkg.sheets.findIndex((s) => s.name === sheet);
  if (index < 0) throw new Error(`no sheet "${sheet}"`);
  let at = -1;
  const xml = pkg
    .text(pkg.workbookPart)!
    .replace(/<sheet\b[^>]*?\/>/g, (element) => {
      at += 1;
      const plain = element.replace(/\sstate="[^"]*"/, "");
      return at === index ? plain : plain.replace(/\sname="[^"]*"/, '$& state="hidden"');
    })
    // LibreOffice prints a hidden sheet that has a print area: only the shown sheet keeps its own.
    .replace(
      /<definedName\b[^>]*\bname="_xlnm\.Print_(Area|Titles)"[^>]*>[^<]*<\/definedName>/g,
      (name) => (name.includes(`localSheetId="${index}"`) ? name : "")
    )
    .replace(/<workbookView\b[^>]*?\/>/, (view) =>
      view
        .replace(/\s(activeTab|firstSheet)="[^"]*"/g, "")
        .replace(/^<workbookView\b/, `<workbookView activeTab="${index}" firstSheet="${index}"`)
    );
  pkg.set(pkg.workbookPart, xml);
  await fs.writeFile(out, pkg.toBytes());
}

/** Prints `sheet` of `file` alone to `<dir>/<name>.pdf` and returns that path. */
export async function printToPdf(
  file: string,
  sheet: string,
  name: string,
  dir: string
): Promise<string> {
  const copy = path.join(dir, `${name}.xlsx`);
  await onlySheet(file, sheet, copy);
  execFileSync("soffice", [
    `-env:UserInstallation=file://${path.join(dir, "profile")}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    dir,
    copy,
  ]);
  return path.join(dir, `${name}.pdf`);
}

/** How many pages a PDF has (poppler's pdfinfo). */
export function pageCount(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf]).toString();
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}
