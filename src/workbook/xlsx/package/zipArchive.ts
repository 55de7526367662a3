/**
 * A zip package kept as the bytes it was read from. Entries are found through the central
 * directory and inflated only when asked for; writing copies every entry that was not replaced
 * as its original bytes (local header, compressed data, data descriptor), so a part nobody touched
 * comes out byte-identical, compressed or not, and costs no recompression. Node's own zlib does
 * the inflating and deflating: no library holds the whole package as objects. Zip64 (packages
 * over 4 GB or 65,535 entries) is refused with a message rather than misread.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const UTF8_NAMES = 0x0800;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the entry's local header starts in the package. */
  readonly localOffset: number;
  /** Its central directory record, copied as it was (with the offset moved) when it is kept. */
  readonly central: Buffer;
}

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    readonly bytes: Buffer,
    readonly entries: readonly ZipEntry[],
    private readonly centralOffset: number
  ) {
    for (const entry of entries) this.byName.set(entry.name, entry);
  }

  static read(input: Uint8Array): ZipArchive {
    const bytes = Buffer.isBuffer(input)
      ? input
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    const end = findEndOfCentral(bytes);
    const count = bytes.readUInt16LE(end + 10);
    const centralOffset = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || centralOffset === 0xffffffff)
      throw new Error("the package is a Zip64 archive, which this tool does not read yet");
    const entries: ZipEntry[] = [];
    let at = centralOffset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_HEADER)
        throw new Error("the zip directory is damaged");
      const flags = bytes.readUInt16LE(at + 8);
      const nameLength = bytes.readUInt16LE(at + 28);
      const length = 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
      const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
      entries.push({
        name: rawName.toString(flags & UTF8_NAMES ? "utf8" : "latin1"),
        method: bytes.readUInt16LE(at + 10),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localOffset: bytes.readUInt32LE(at + 42),
        central: bytes.subarray(at, at + length),
      });
      at += length;
    }
    return new ZipArchive(bytes, entries, centralOffset);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The entry's content, inflated; null when there is no such entry. */
  get(name: string): Buffer | null {
    const entry = this.byName.get(name);
    if (entry === undefined) return null;
    const start = this.dataStart(entry);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRawSync(data);
    throw new Error(`the part ${name} uses zip compression method ${entry.method}`);
  }

  private dataStart(entry: ZipEntry): number {
    const at = entry.localOffset;
    if (this.bytes.readUInt32LE(at) !== LOCAL_HEADER)
      throw new Error(`the zip entry ${entry.name} is damaged`);
    return at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
  }

  /** Where each entry's stored bytes end: the next entry's start, or the central directory. */
  private rawEnds(): Map<ZipEntry, number> {
    const sorted = [...this.entries].sort((a, b) => a.localOffset - b.localOffset);
    const ends = new Map<ZipEntry, number>();
    sorted.forEach((entry, i) =>
      ends.set(entry, i + 1 < sorted.length ? sorted[i + 1].localOffset : this.centralOffset)
    );
    return ends;
  }

  /**
   * The package with some entries replaced and some added (in `changes`' order, after the kept
   * ones); every other entry is copied as stored.
   */
  write(changes: ReadonlyMap<string, Buffer>): Buffer {
    const chunks: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    const ends = this.rawEnds();
    const push = (chunk: Buffer) => {
      chunks.push(chunk);
      offset += chunk.length;
    };
    for (const entry of this.entries) {
      const changed = changes.get(entry.name);
      const start = offset;
      if (changed === undefined) {
        push(this.bytes.subarray(entry.localOffset, ends.get(entry)));
        const central = Buffer.from(entry.central);
        central.writeUInt32LE(start, 42);
        centrals.push(central);
      } else {
        const { local, central } = storedEntry(entry.name, changed, start, entry.central);
        push(local);
        centrals.push(central);
      }
    }
    for (const [name, data] of changes) {
      if (this.byName.has(name)) continue;
      const { local, central } = storedEntry(name, data, offset, null);
      push(local);
      centrals.push(central);
    }
    const centralStart = offset;
    for (const central of centrals) push(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL, 0);
    end.writeUInt16LE(centrals.length, 8);
    end.writeUInt16LE(centrals.length, 10);
    end.writeUInt32LE(offset - centralStart, 12);
    end.writeUInt32LE(centralStart, 16);
    push(end);
    return Buffer.concat(chunks);
  }
}

function findEndOfCentral(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--)
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL) return at;
  throw new Error("no zip directory found (the file is cut short?)");
}

/** A deflated entry: its local header and data, and its central record (time kept from `old`). */
function storedEntry(
  name: string,
  data: Buffer,
  offset: number,
  old: Buffer | null
): { local: Buffer; central: Buffer } {
  // A big sheet deflated at level 1 is a few percent larger and several times faster to write:
  // at 100,000 clients level 6 took ~3 s of a log's time.
  const compressed = deflateRawSync(data, { level: data.length > 4 * 1024 * 1024 ? 1 : 6 });
  const nameBytes = Buffer.from(name, "utf8");
  const crc = crc32(data) >>> 0;
  const time = old === null ? dosTime(new Date()) : old.readUInt32LE(12);
  const local = Buffer.alloc(30 + nameBytes.length);
  local.writeUInt32LE(LOCAL_HEADER, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(UTF8_NAMES, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(time, 10);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  nameBytes.copy(local, 30);
  const central = Buffer.alloc(46 + nameBytes.length);
  central.writeUInt32LE(CENTRAL_HEADER, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(UTF8_NAMES, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(time, 12);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(offset, 42);
  nameBytes.copy(central, 46);
  return { local: Buffer.concat([local, compressed]), central };
}

function dosTime(date: Date): number {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day =
    ((Math.max(1980, date.getFullYear()) - 1980) << 9) |
    ((date.getMonth() + 1) << 5) |
    date.getDate();
  return ((day << 16) | time) >>> 0;
}
