/**
 * `review --sheet coverage` from the command line draws the dashboard's two native charts into the
 * file (chart parts, through the package layer), so a book refreshed outside Excel shows them:
 * openpyxl finds them on the sheet, and LibreOffice prints them with their titles.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ZipArchive } from "../../src/workbook/xlsx/package/zipArchive";
import { runCli, tempFolder } from "./cliHarness";
import { SOFFICE } from "./libreOffice";

const PYTHON = "/usr/bin/python3";
const works = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: "ignore" }).status === 0;
const hasOpenpyxl = works(PYTHON, ["-c", "import openpyxl"]);
const canPrint = works("sh", ["-c", `command -v ${SOFFICE} && command -v pdftotext`]);
if (!hasOpenpyxl || !canPrint)
  console.warn("Coverage charts not read back: openpyxl, soffice or pdftotext is missing.");

let folder: ReturnType<typeof tempFolder>;
beforeAll(async () => {
  folder = tempFolder();
  await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "60"], folder.dir);
  const run = await runCli(
    ["review", "s.xlsx", "--sheet", "coverage", "--date", "2026-03-02", "--in-place"],
    folder.dir
  );
  expect(run.code).toBe(0);
}, 120_000);
afterAll(() => folder.remove());

const TITLES = ["Coverage by tier", "Revenue concentration (Pareto)"];

test("the file holds a drawing with the two charts, named as the add-in names them", () => {
  const zip = ZipArchive.read(readFileSync(folder.file("s.xlsx")));
  const names = zip.entries.map((e) => e.name);
  const charts = names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  expect(charts).toHaveLength(2);
  const text = charts.map((n) => zip.get(n)!.toString("utf8")).join("\n");
  for (const title of TITLES) expect(text).toContain(title);
  // Cached from the hidden data sheet written just before: a viewer that does not recalculate
  // still draws every client of the Pareto.
  expect(text.match(/<c:pt /g)?.length ?? 0).toBeGreaterThan(60);
  expect(names.some((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toBe(true);
});

(hasOpenpyxl ? test : test.skip)("openpyxl finds both charts on the Coverage sheet", () => {
  const script = [
    "import sys, openpyxl",
    "ws = openpyxl.load_workbook(sys.argv[1])['Coverage']",
    "print(len(ws._charts))",
  ].join("\n");
  const out = execFileSync(PYTHON, ["-c", script, folder.file("s.xlsx")])
    .toString()
    .trim();
  expect(out).toBe("2");
});

(canPrint ? test : test.skip)(
  "LibreOffice prints the dashboard with both charts' titles",
  () => {
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(folder.dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        folder.dir,
        folder.file("s.xlsx"),
      ],
      { timeout: 120_000, stdio: "ignore" }
    );
    const printed = execFileSync("pdftotext", [folder.file("s.pdf"), "-"]).toString();
    for (const title of TITLES) expect(printed).toContain(title);
  },
  150_000
);
