/**
 * The chart parts in a real book, read by the other producers on this machine: a package built by
 * hand around them (chartBook.ts, not the package layer's sheet writer) is read by openpyxl, which
 * finds each chart with its title, plots, references and caches; and LibreOffice prints it, and
 * a copy without a theme part as LibreOffice saves books, with every title and legend visible
 * and the series drawn in colour. Each part is skipped, saying so,
 * where its program is missing (python3-openpyxl; libreoffice-calc-nogui and poppler-utils).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SheetChart } from "../../../../src/workbook/workbookPort";
import { chartBook, rowsCells } from "./chartBook";

const PYTHON = "/usr/bin/python3";
const READ_CHARTS = path.join(__dirname, "openpyxlCharts.py");

function works(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const hasOpenpyxl = works(PYTHON, ["-c", "import openpyxl"]);
const canPrint = ["soffice", "pdftotext", "pdftoppm"].every((c) =>
  works("sh", ["-c", `command -v ${c}`])
);
if (!hasOpenpyxl) console.warn("Charts not read back: openpyxl is missing (python3-openpyxl).");
if (!canPrint)
  console.warn(
    "Charts not printed: soffice, pdftotext or pdftoppm is missing (libreoffice-calc-nogui, poppler-utils)."
  );

// A sheet name and titles a user could type: every character XML or a formula treats specially.
const SHEET = `O'Brien & <Co> "A"`;
const QUOTED = `'O''Brien & <Co> "A"'`;
const ROWS: (string | number)[][] = [
  ["Client", "Revenue", "Cumulative share"],
  ["Ann & Co", 500, 0.5],
  ["Bob <Ltd>", 300, 0.8],
  ["Cy", 150, 0.95],
  ["Di", 50, 1],
];
const categories = "A2:A5";
const CHARTS: SheetChart[] = [
  {
    name: "RH_Columns",
    kind: "clusteredColumn",
    title: `Columns <b> & "quoted"`,
    series: [{ name: "Revenue", values: "B2:B5", categories }],
    placement: "E1:K15",
  },
  {
    name: "RH_Line",
    kind: "line",
    title: "Line of O'Brien's shares",
    series: [{ name: "Share line", values: "C2:C5", categories }],
    placement: "E17:K31",
  },
  {
    name: "RH_Pareto",
    kind: "columnAndLine",
    title: "Pareto of revenue",
    series: [
      { name: "Revenue bars", values: "B2:B5", categories },
      { name: "Running share", values: "C2:C5", categories, line: true },
    ],
    placement: "M1:S20",
  },
];

interface ReadChart {
  title: string;
  from: [number, number];
  to: [number, number];
  plots: {
    type: string;
    series: { name: string; values: string; categories: string; cached: number[] | null }[];
  }[];
}

describe("a book holding the chart parts", () => {
  let dir: string;
  let file: string;
  // The same book as LibreOffice saves books: no theme part, so the colours are written out.
  let themeless: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rh-charts-"));
    file = path.join(dir, "charts.xlsx");
    themeless = path.join(dir, "themeless.xlsx");
    writeFileSync(file, chartBook(SHEET, ROWS, CHARTS, rowsCells(SHEET, ROWS)));
    writeFileSync(themeless, chartBook(SHEET, ROWS, CHARTS, undefined, false));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  (hasOpenpyxl ? test : test.skip)(
    "openpyxl finds every chart: title, place, plots, references and caches",
    () => {
      const read = JSON.parse(execFileSync(PYTHON, [READ_CHARTS, file]).toString()) as Record<
        string,
        ReadChart[]
      >;
      expect(Object.keys(read)).toEqual([SHEET]);
      const charts = read[SHEET];
      expect(charts.map((c) => c.title)).toEqual(CHARTS.map((c) => c.title));
      expect(charts.map((c) => [c.from, c.to])).toEqual([
        [
          [4, 0],
          [11, 15],
        ],
        [
          [4, 16],
          [11, 31],
        ],
        [
          [12, 0],
          [19, 20],
        ],
      ]);
      expect(charts.map((c) => c.plots.map((p) => p.type))).toEqual([
        ["barChart"],
        ["lineChart"],
        ["barChart", "lineChart"],
      ]);
      const [bars, line] = charts[2].plots;
      expect(bars.series).toEqual([
        {
          name: "Revenue bars",
          values: `${QUOTED}!$B$2:$B$5`,
          categories: `${QUOTED}!$A$2:$A$5`,
          cached: [500, 300, 150, 50],
        },
      ]);
      expect(line.series.map((s) => [s.name, s.values, s.cached])).toEqual([
        ["Running share", `${QUOTED}!$C$2:$C$5`, [0.5, 0.8, 0.95, 1]],
      ]);
    }
  );

  (canPrint ? test : test.skip)(
    "LibreOffice prints every chart: titles, legends and categories as text, series in colour",
    () => {
      // One conversion for all three kinds and both books, in a profile of its own.
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${path.join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          file,
          themeless,
        ],
        { timeout: 120_000, stdio: "ignore" }
      );
      for (const book of ["charts", "themeless"]) {
        const pdf = path.join(dir, `${book}.pdf`);
        const printed = execFileSync("pdftotext", [pdf, "-"]).toString();
        for (const chart of CHARTS) {
          expect(printed).toContain(chart.title);
          for (const series of chart.series) expect(printed).toContain(series.name);
        }
        // Each chart labels its categories from the sheet, through the quoted references.
        expect(printed.split("Bob <Ltd>").length - 1).toBeGreaterThanOrEqual(CHARTS.length);

        // The sheet prints in black and grey: coloured pixels are the charts' bars and lines
        // (with no colour a chart prints as an empty frame, its series invisible).
        execFileSync("pdftoppm", ["-r", "40", "-singlefile", pdf, path.join(dir, book)]);
        expect(colouredPixels(readFileSync(path.join(dir, `${book}.ppm`)))).toBeGreaterThan(500);
      }
    },
    150_000
  );
});

/** Pixels of a binary PPM (P6) whose channels differ widely: colour, not black, white or grey. */
function colouredPixels(ppm: Buffer): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString("latin1"));
  if (header === null) throw new Error("not a binary PPM");
  const start = header[0].length;
  let coloured = 0;
  for (let at = start; at + 2 < ppm.length; at += 3) {
    const [r, g, b] = [ppm[at], ppm[at + 1], ppm[at + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
  }
  return coloured;
}
