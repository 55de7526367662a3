/**
 * Rendered examples of the sheets the add-in writes, for the README: each sheet of the demo book
 * (printSheets.ts) printed by LibreOffice Calc, its first page turned into docs/sheets/<name>.png
 * by pdftoppm and cropped by ImageMagick. Needs Debian's libreoffice-calc-nogui, poppler-utils
 * and imagemagick.
 *
 * Run: npx tsx scripts/render-sheets.ts
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { demoBook, pageCount, printToPdf } from "./printSheets";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "docs", "sheets");

async function render(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rh-sheets-"));
  try {
    const { file, sheets } = await demoBook(dir);
    mkdirSync(OUT, { recursive: true });
    for (const [name, sheet] of Object.entries(sheets)) {
      const pdf = await printToPdf(file, sheet, name, dir);
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
        pdf,
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
      const pages = pageCount(pdf);
      console.log(`${png}  (${sheet}, ${pages} printed page${pages === 1 ? "" : "s"})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

render().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
