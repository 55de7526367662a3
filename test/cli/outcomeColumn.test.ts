/**
 * A Contact Log kept from before outcomes existed (here: the LibreOffice-saved fixture, whose log
 * has no Outcome column) gets the column when a contact is logged in place through the package
 * layer, blank for the old rows; so a try (no answer) is logged as a try instead of being refused.
 */
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { PackageWorkbook } from "../../src/workbook/xlsx/package/packageWorkbook";
import { runCli, tempFolder } from "./cliHarness";

const FIXTURE = path.join(__dirname, "../fixtures/producers/libreoffice-saved.xlsx");

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

test("log --in-place adds the Outcome column to an old log and records a try", async () => {
  copyFileSync(FIXTURE, folder.file("book.xlsx"));
  const old = await PackageWorkbook.fromBytes(readFileSync(folder.file("book.xlsx"))).readTable(
    "ContactLog"
  );
  expect(old.headers).not.toContain("Outcome");

  const run = await runCli(
    [
      "log",
      "book.xlsx",
      "--client",
      "C-0002",
      "--date",
      "2026-03-02",
      "--outcome",
      "no answer",
    ].concat(["--in-place"]),
    folder.dir
  );

  expect(run.code).toBe(0);
  expect(run.stdout).toContain("no answer: a try");
  const log = await PackageWorkbook.fromBytes(readFileSync(folder.file("book.xlsx"))).readTable(
    "ContactLog"
  );
  expect(log.headers).toEqual([...old.headers, "Outcome"]);
  expect(log.rows.slice(0, -1).map((r) => r[log.headers.length - 1])).toEqual(
    old.rows.map(() => "")
  );
  expect(log.rows[log.rows.length - 1]).toEqual(expect.arrayContaining(["C-0002", "no answer"]));
});
