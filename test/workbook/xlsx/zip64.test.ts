/**
 * Zip64 packages, as Python's zipfile writes them with `force_zip64=True` (zip64 extras in the
 * local headers; with its limits lowered also in the directory, with the zip64 end records; or
 * streamed, with 64-bit data descriptors): `today` reads them, `log --in-place` writes them back
 * with every untouched entry's stored bytes unchanged, and Python's zipfile and openpyxl read the
 * result.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCli, tempFolder } from "../../cli/cliHarness";
import { hasOpenpyxl, PYTHON } from "./python";
import { ZipArchive } from "../../../src/workbook/xlsx/package/zipArchive";

const FIXTURE = path.join(__dirname, "../../fixtures/producers/handbuilt-features.xlsx");
const MAKE = path.join(__dirname, "makeZip64.py");
const READ_BACK = path.join(__dirname, "openpyxlReadBack.py");

/** Each entry's local header, data and descriptor as stored, by name. */
function storedEntries(bytes: Buffer): Map<string, Buffer> {
  const archive = ZipArchive.read(bytes);
  const sorted = [...archive.entries].sort((a, b) => a.localOffset - b.localOffset);
  const out = new Map<string, Buffer>();
  sorted.forEach((entry, i) => {
    const end = i + 1 < sorted.length ? sorted[i + 1].localOffset : undefined;
    const start = entry.localOffset;
    const dataStart = start + 30 + bytes.readUInt16LE(start + 26) + bytes.readUInt16LE(start + 28);
    out.set(entry.name, bytes.subarray(start, end ?? dataStart + entry.compressedSize));
  });
  return out;
}

/** What Python's zipfile says of the package: every entry's CRC checked, and the zip64 records. */
function pythonZip(file: string): { bad: string | null; names: string[]; zip64End: boolean } {
  const script = `
import json, sys, zipfile
with open(sys.argv[1], "rb") as f: data = f.read()
z = zipfile.ZipFile(sys.argv[1])
print(json.dumps({"bad": z.testzip(), "names": sorted(z.namelist()),
  "zip64End": data.rfind(b"PK\\x06\\x06") >= 0}))`;
  return JSON.parse(execFileSync(PYTHON, ["-c", script, file], { encoding: "utf8" }));
}

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

describe.each(["entries", "directory", "streamed"])("a zip64 package (%s)", (mode) => {
  function zip64Book(): string {
    const book = folder.file("zip64.xlsx");
    execFileSync(PYTHON, [MAKE, FIXTURE, book, mode]);
    return book;
  }

  test("is read as it is written: with no change, the same bytes", () => {
    const bytes = readFileSync(zip64Book());
    const archive = ZipArchive.read(bytes);
    expect(archive.get("xl/workbook.xml")!.toString()).toContain("<sheets>");
    expect(archive.write(new Map()).equals(bytes)).toBe(true);
  });

  test("today reads it; log --in-place writes it back, the untouched entries as stored", async () => {
    const book = zip64Book();
    const before = readFileSync(book);
    const today = await runCli(["today", "zip64.xlsx", "--date", "2026-03-02"], folder.dir);
    expect(today.code).toBe(0);
    expect(today.stdout).toContain("Relationship hour");

    const log = await runCli(
      ["log", "zip64.xlsx", "--client", "C-0002", "--date", "2026-03-02", "--in-place"],
      folder.dir
    );
    expect(log.stderr).not.toMatch(/error|warning/);
    expect(log.code).toBe(0);
    const after = readFileSync(book);

    const was = storedEntries(before);
    const now = storedEntries(after);
    const changed = [...was].filter(([name, bytes]) => !bytes.equals(now.get(name)!));
    expect(changed.map(([name]) => name).sort()).toEqual(
      expect.arrayContaining(["xl/worksheets/sheet1.xml"])
    );
    for (const [name] of changed)
      expect(name).toMatch(
        /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/.*|xl\/worksheets\/.*|xl\/tables\/.*|xl\/styles\.xml)$/
      );
    for (const name of ["docProps/custom.xml", "xl/connections.xml", "xl/charts/chart1.xml"])
      expect({ name, same: was.get(name)!.equals(now.get(name)!) }).toEqual({ name, same: true });

    const python = pythonZip(book);
    expect(python.bad).toBeNull();
    expect(python.names).toEqual(expect.arrayContaining([...was.keys()]));
    expect(python.zip64End).toBe(mode === "directory");

    const again = await runCli(["today", "zip64.xlsx", "--date", "2026-03-02"], folder.dir);
    expect(again.code).toBe(0);
  });

  (hasOpenpyxl ? test : test.skip)("openpyxl reads the logged book", async () => {
    const book = zip64Book();
    await runCli(
      ["log", "zip64.xlsx", "--client", "C-0002", "--date", "2026-03-02", "--in-place"],
      folder.dir
    );
    const read = JSON.parse(execFileSync(PYTHON, [READ_BACK, book], { encoding: "utf8" }));
    expect(read.lastLog).toContain("C-0002");
  });
});
