/**
 * A book holding what exceljs cannot write (a chart, here): log, plan and undo go through the
 * package layer and keep it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { unkeptParts } from "../../src/cli/unkeptParts";
import { runCli, tempFolder } from "./cliHarness";

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

  test.each([
    ["log", LOG.slice(1)],
    ["plan", ["--client", "C-0001", "--date", "2026-03-02"]],
    ["undo", ["--client", "C-0002"]],
  ])(
    "%s keeps a book's charts: in place, with no refusal and no note, the chart part unchanged",
    async (command, options) => {
      await withParts("c.xlsx", ["xl/charts/chart1.xml"]);
      const run = await runCli([command, "c.xlsx", ...options, "--in-place"], folder.dir);
      expect(run).toMatchObject({ code: 0, stderr: "" });
      expect(run.stdout).toContain("Rewrote c.xlsx in place.");
      expect(run.stdout).not.toContain("Note:");
      const zip = await JSZip.loadAsync(readFileSync(folder.file("c.xlsx")));
      expect(await zip.file("xl/charts/chart1.xml")!.async("string")).toBe(
        '<?xml version="1.0"?><x/>'
      );
    }
  );

  test("the add-in's settings part is kept by log, with no note", async () => {
    await withParts("w.xlsx", ["xl/webextensions/webextension1.xml"]);
    const run = await runCli([LOG[0], "w.xlsx", ...LOG.slice(1), "--in-place"], folder.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("Note:");
    const zip = await JSZip.loadAsync(readFileSync(folder.file("w.xlsx")));
    expect(zip.file("xl/webextensions/webextension1.xml")).not.toBeNull();
  });
});
