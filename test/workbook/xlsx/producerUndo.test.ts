/**
 * `undo --in-place` through the package layer on a book from each producer (test/fixtures/
 * producers): after a logged contact is taken back, the client's row and the Contact Log read as
 * before the log, every part neither command had to touch is byte-identical to the original, and
 * openpyxl (and LibreOffice) read the book back with everything still there.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadBook } from "../../../src/app/loadBook";
import { PackageWorkbook } from "../../../src/workbook/xlsx/package/packageWorkbook";
import { ZipArchive } from "../../../src/workbook/xlsx/package/zipArchive";
import { runCli, tempFolder } from "../../cli/cliHarness";
import { resaveWithCalc } from "../../cli/libreOffice";

const FIXTURES = path.join(__dirname, "../../fixtures/producers");
const READ_BACK = path.join(__dirname, "openpyxlReadBack.py");
const CLIENT = "C-0002";

/** Parts a log and its undo may change: sheets, tables, and what a new log sheet adds. */
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|xl\/tables\/table\d+\.xml|xl\/styles\.xml)$/;

const FILES = [
  "openpyxl-table-image.xlsx",
  "libreoffice-saved.xlsx",
  "handbuilt-features.xlsx",
  "handbuilt-no-styles.xlsx",
  "handbuilt-1904.xlsx",
  "handbuilt-macro.xlsm",
];

async function state(bytes: Buffer) {
  const loaded = await loadBook(PackageWorkbook.fromBytes(bytes));
  if (loaded.state !== "loaded") throw new Error("no client table");
  const client = loaded.clients.find((c) => c.id === CLIENT)!;
  return {
    lastContact: client.lastContact,
    followUp: client.record.followUp,
    log: loaded.log.map((e) => [e.clientId, e.date, e.notes]),
  };
}

function openpyxlView(file: string): Record<string, unknown> {
  const view = JSON.parse(
    execFileSync("/usr/bin/python3", [READ_BACK, file], { encoding: "utf8" })
  );
  return view;
}

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

async function logContact(file: string, date: string, followUp: string): Promise<void> {
  const run = await runCli(
    ["log", file, "--client", CLIENT, "--date", date, "--follow-up", followUp, "--in-place"],
    folder.dir
  );
  expect(run.code).toBe(0);
}

describe.each(FILES)("undo on %s", (file) => {
  test("takes the last contact back; untouched parts stay byte-identical", async () => {
    const book = folder.file(file);
    copyFileSync(path.join(FIXTURES, file), book);
    const original = readFileSync(book);
    await logContact(file, "2026-02-20", "first topic");
    const once = readFileSync(book);
    const onceRead = openpyxlView(book);
    await logContact(file, "2026-03-02", "second topic");

    const undo = await runCli(["undo", file, "--client", CLIENT, "--in-place"], folder.dir);

    expect(undo).toMatchObject({ code: 0 });
    expect(undo.stdout).toContain("Took back the call of 2026-03-02");
    const now = readFileSync(book);
    const after = await state(now);
    expect(after).toEqual(await state(once));
    expect(after).toMatchObject({ lastContact: 46073, followUp: "first topic" });
    const before = ZipArchive.read(original);
    const archive = ZipArchive.read(now);
    for (const entry of before.entries)
      if (!MAY_CHANGE.test(entry.name))
        expect({
          name: entry.name,
          same: before.get(entry.name)!.equals(archive.get(entry.name)!),
        }).toEqual({ name: entry.name, same: true });
    expect(openpyxlView(book)).toEqual(onceRead);
  });
});

test("LibreOffice opens the undone LibreOffice book; the log reads as before", async () => {
  // This book's log holds the client's earlier contacts: undo puts the last of them back.
  const file = "libreoffice-saved.xlsx";
  const book = folder.file(file);
  copyFileSync(path.join(FIXTURES, file), book);
  const was = await state(readFileSync(book));
  await logContact(file, "2026-03-02", "topic");
  await runCli(["undo", file, "--client", CLIENT, "--in-place"], folder.dir);

  const saved = await resaveWithCalc(book, folder.file("calc"), folder.file("profile"));

  expect(await state(readFileSync(saved))).toEqual(was);
}, 120_000);
