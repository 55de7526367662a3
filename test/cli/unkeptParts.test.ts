/**
 * A book holding what the .xlsx library cannot write (a chart, here) is never silently rewritten
 * without it: --in-place is refused unless forced, and a new file says what it lacks.
 */
import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { unkeptParts } from "../../src/cli/unkeptParts";
import { runCli, tempFolder, expectOneClearLine } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;

/** The sample with parts added as Excel would store a chart and the add-in's settings. */
async function withParts(file: string, parts: readonly string[]): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(folder.file("s.xlsx")));
  for (const part of parts) zip.file(part, '<?xml version="1.0"?><x/>');
  writeFileSync(
    folder.file(file),
    await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
  );
}

beforeEach(async () => {
  folder = tempFolder();
  await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "30"], folder.dir);
});
afterEach(() => folder.remove());

const LOG = ["log", "--client", "C-0001", "--date", "2026-03-02"];

describe("parts the tool cannot keep", () => {
  test("are named from the package, and a plain sample has none", async () => {
    expect(unkeptParts(readFileSync(folder.file("s.xlsx")))).toEqual({
      work: [],
      addInSettings: false,
    });
    await withParts("c.xlsx", [
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/webextensions/webextension1.xml",
    ]);
    expect(unkeptParts(readFileSync(folder.file("c.xlsx")))).toEqual({
      work: ["charts", "pivot tables"],
      addInSettings: true,
    });
  });

  test("a book with charts is not rewritten in place: nothing is written and the line says why", async () => {
    await withParts("c.xlsx", ["xl/charts/chart1.xml"]);
    const before = readFileSync(folder.file("c.xlsx"));
    const run = await runCli([LOG[0], "c.xlsx", ...LOG.slice(1), "--in-place"], folder.dir);
    expect(run.code).not.toBe(0);
    expectOneClearLine(
      run,
      /c\.xlsx holds charts that this tool cannot keep.*nothing was written.*--force/
    );
    expect(readFileSync(folder.file("c.xlsx"))).toEqual(before);
  });

  test("--force rewrites it, saying the charts are gone; a new file says it has none of them", async () => {
    await withParts("c.xlsx", ["xl/charts/chart1.xml"]);
    const fresh = await runCli([LOG[0], "c.xlsx", ...LOG.slice(1)], folder.dir);
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toContain(
      "Wrote c.logged.xlsx (c.xlsx is unchanged).\nNote: c.logged.xlsx has none of the charts of c.xlsx"
    );
    expect(unkeptParts(readFileSync(folder.file("c.logged.xlsx"))).work).toEqual([]);

    const forced = await runCli(
      [LOG[0], "c.xlsx", ...LOG.slice(1), "--in-place", "--force"],
      folder.dir
    );
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(
      "Rewrote c.xlsx in place.\nNote: c.xlsx has none of the charts of the book as it was"
    );
  });

  test("the add-in's settings part is noted, not refused: the mapping travels on the hidden sheet", async () => {
    await withParts("w.xlsx", ["xl/webextensions/webextension1.xml"]);
    const run = await runCli([LOG[0], "w.xlsx", ...LOG.slice(1), "--in-place"], folder.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'the column mapping travels on the hidden sheet "_RelationshipHour"'
    );
  });
});
