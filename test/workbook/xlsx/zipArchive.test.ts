/**
 * ZipArchive keeps what it does not change as stored: with no change the package comes back as the
 * same bytes; with one part replaced, every other entry's stored bytes (data descriptors and
 * uncompressed entries included) are copied, and any zip reader reads the result.
 */
import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { ZipArchive } from "../../../src/workbook/xlsx/package/zipArchive";

async function sample(streamFiles: boolean): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/a.xml", "<a>".repeat(500));
  zip.file("xl/stored.bin", Buffer.from([1, 2, 3, 4]), { compression: "STORE" });
  zip.file("xl/ünïcode name.xml", "<u/>");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", streamFiles });
}

function stored(bytes: Buffer, name: string): Buffer {
  const archive = ZipArchive.read(bytes);
  const entry = archive.entries.find((e) => e.name === name)!;
  const at = entry.localOffset;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  return bytes.subarray(start, start + entry.compressedSize);
}

describe.each([false, true])("ZipArchive (data descriptors: %s)", (streamFiles) => {
  test("with no change, the same bytes", async () => {
    const bytes = await sample(streamFiles);
    const archive = ZipArchive.read(bytes);
    expect(archive.write(new Map()).equals(bytes)).toBe(true);
  });

  test("one part replaced, one added: the others copied as stored, all readable", async () => {
    const bytes = await sample(streamFiles);
    const out = ZipArchive.read(bytes).write(
      new Map([
        ["xl/a.xml", Buffer.from("<b/>")],
        ["xl/new.xml", Buffer.from("<n/>")],
      ])
    );
    for (const name of ["[Content_Types].xml", "xl/stored.bin", "xl/ünïcode name.xml"])
      expect(stored(out, name).equals(stored(bytes, name))).toBe(true);
    const back = ZipArchive.read(out);
    expect(back.get("xl/a.xml")!.toString()).toBe("<b/>");
    expect(back.get("xl/new.xml")!.toString()).toBe("<n/>");
    const zip = await JSZip.loadAsync(out);
    expect(await zip.file("xl/ünïcode name.xml")!.async("string")).toBe("<u/>");
    expect([...(await zip.file("xl/stored.bin")!.async("uint8array"))]).toEqual([1, 2, 3, 4]);
    expect(await zip.file("xl/a.xml")!.async("string")).toBe("<b/>");
  });

  test("a damaged or cut package is refused with a reason", async () => {
    const bytes = await sample(streamFiles);
    expect(() => ZipArchive.read(bytes.subarray(0, bytes.length - 30))).toThrow(/zip directory/);
  });
});

test("over 65,535 entries: written with the zip64 end records, read back by this and Python", () => {
  const empty = Buffer.alloc(22);
  empty.writeUInt32LE(0x06054b50, 0);
  const parts = new Map<string, Buffer>();
  for (let i = 0; i < 70_000; i++) parts.set(`p/${i}.txt`, Buffer.from(String(i)));
  const bytes = ZipArchive.read(empty).write(parts);
  expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
  const back = ZipArchive.read(bytes);
  expect(back.entries).toHaveLength(70_000);
  expect(back.get("p/69999.txt")!.toString()).toBe("69999");
  const python = execFileSync(
    "/usr/bin/python3",
    [
      "-c",
      "import io, sys, zipfile; z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); print(len(z.namelist()), z.read('p/69999.txt').decode())",
    ],
    { input: bytes, encoding: "utf8" }
  );
  expect(python.trim()).toBe("70000 69999");
});

test("a part's inflated chunks, deflated or stored, join to the part", async () => {
  const big = Buffer.from("<row><c><v>1</v></c></row>".repeat(200_000));
  const empty = Buffer.alloc(22);
  empty.writeUInt32LE(0x06054b50, 0);
  const written = ZipArchive.read(empty).write(new Map([["xl/big.xml", big]]));
  const zip = new JSZip();
  zip.file("stored.xml", big, { compression: "STORE" });
  const stored = await zip.generateAsync({ type: "nodebuffer" });
  for (const [bytes, name] of [
    [written, "xl/big.xml"],
    [stored, "stored.xml"],
  ] as const) {
    const archive = ZipArchive.read(bytes);
    const chunks: Buffer[] = [];
    for await (const chunk of archive.chunks(name)!) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(big)).toBe(true);
    expect(archive.get(name)!.equals(big)).toBe(true);
    expect(archive.size(name)).toBe(big.length);
  }
  expect(ZipArchive.read(written).chunks("missing.xml")).toBeNull();
});
