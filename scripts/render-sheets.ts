/**
 * Rendered examples of the sheets the add-in writes, for the README. A demo book is built with the
 * command line's own sample and the pane's actions (plan, twelve days, time budget, time journal,
 * coverage) through the .xlsx workbook; LibreOffice Calc then prints each sheet alone to PDF (the
 * others hidden, so formulas over them still work) and pdftoppm turns its first page into
 * docs/sheets/<name>.png, cropped by ImageMagick. Needs Debian's libreoffice-calc-nogui,
 * poppler-utils and imagemagick.
 * Charts are drawn only by Excel itself (the .xlsx writer cannot make them), so none appear here.
 *
 * Run: npx tsx scripts/render-sheets.ts
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, promises as fs, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
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
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsxWorkbook";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "docs", "sheets");
const AS_OF = serialFromDate({ year: 2026, month: 3, day: 2 });

async function demoBook(dir: string): Promise<{ file: string; sheets: Record<string, string> }> {
  const code = await main(["sample", "book.xlsx", "--date", "2026-03-02", "--clients", "120"], {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: dir,
    env: {},
    now: () => new Date(2026, 2, 2, 12),
  });
  if (code !== 0) throw new Error("the sample was not written");
  const file = path.join(dir, "book.xlsx");
  const port = await XlsxWorkbook.fromBytes(await fs.readFile(file));
  const book = await loadBook(port);
  if (book.state !== "loaded") throw new Error("the sample did not load");
  const top = [...book.clients].sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
  const plan = await generatePlan(port, book, top, AS_OF);
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
      "twelve-days": twelve,
      "time-budget": TIME_BUDGET_SHEET,
      "time-journal": journal.sheet,
      coverage: COVERAGE_SHEET,
      settings: SETTINGS_SHEET,
    },
  };
}

/** A copy of the book where only `sheet` is visible (and active), so only it is printed. */
async function onlySheet(file: string, sheet: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  workbook.worksheets.forEach((s) => (s.state = s.name === sheet ? "visible" : "hidden"));
  const index = workbook.worksheets.findIndex((s) => s.name === sheet);
  workbook.views = [{ activeTab: index, firstSheet: index } as ExcelJS.WorkbookView];
  await workbook.xlsx.writeFile(out);
}

async function render(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rh-sheets-"));
  try {
    const { file, sheets } = await demoBook(dir);
    mkdirSync(OUT, { recursive: true });
    for (const [name, sheet] of Object.entries(sheets)) {
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
      const png = path.join(OUT, `${name}.png`);
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "150",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        path.join(dir, `${name}.pdf`),
        png.slice(0, -4),
      ]);
      // The printed page less its empty margins, with a thin white border.
      execFileSync("/usr/bin/convert", [
        png,
        "-trim",
        "+repage",
        "-bordercolor",
        "white",
        "-border",
        "16",
        png,
      ]);
      // How many pages the sheet prints on, as LibreOffice lays it out.
      const info = execFileSync("pdfinfo", [path.join(dir, `${name}.pdf`)]).toString();
      const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1] ?? "?";
      console.log(`${png}  (${sheet}, ${pages} printed page${pages === "1" ? "" : "s"})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

render().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
