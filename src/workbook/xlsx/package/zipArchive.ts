/**
 * A zip package kept as the bytes it was read from. Entries are found through the central
 * directory and inflated only when asked for: whole (`get`), or as a stream of chunks (`chunks`)
 * that a scanner reads without the part ever being held whole. Writing copies every entry that was
 * not replaced as its original bytes (local header, compressed data, data descriptor), so a part
 * nobody touched comes out byte-identical, compressed or not, and costs no recompression. Node's
 * own zlib does the inflating and deflating. Zip64 packages (zip64.ts) are read, and written back
 * with their zip64 records.
 */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { deflatePieces } from "./deflatePieces";
import { centralDirectory, entryNumbers, MAX16, MAX32, zip64End } from "./zip64";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const UTF8_NAMES = 0x0800;
/** Inflated chunks handed to a scanner: big enough to keep the per-chunk work small. */
const STREAM_CHUNK = 1024 * 1024;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the entry's local header starts in the package. */
  readonly localOffset: number;
  /** Its central directory record, copied as it was (with the offset moved) when it is kept. */
  readonly central: Buffer;
  /** Where the record's zip64 extra holds the offset, or -1 (then it is the 32-bit field). */
  readonly offsetInExtra: number;
}

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    readonly bytes: Buffer,
    readonly entries: readonly ZipEntry[],
    private readonly centralOffset: number,
    private readonly zip64: boolean
  ) {
    for (const entry of entries) this.byName.set(entry.name, entry);
  }

  static read(input: Uint8Array): ZipArchive {
    const bytes = Buffer.isBuffer(input)
      ? input
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    const directory = centralDirectory(bytes, findEndOfCentral(bytes));
    const entries: ZipEntry[] = [];
    let at = directory.offset;
    for (let i = 0; i < directory.count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_HEADER)
        throw new Error("the zip directory is damaged");
      const flags = bytes.readUInt16LE(at + 8);
      const nameLength = bytes.readUInt16LE(at + 28);
      const length = 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
      const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
      const central = bytes.subarray(at, at + length);
      entries.push({
        name: rawName.toString(flags & UTF8_NAMES ? "utf8" : "latin1"),
        method: bytes.readUInt16LE(at + 10),
        ...entryNumbers(central),
        central,
      });
      at += length;
    }
    return new ZipArchive(bytes, entries, directory.offset, directory.zip64);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The entry's inflated size as the directory gives it; null when there is no such entry. */
  size(name: string): number | null {
    return this.byName.get(name)?.size ?? null;
  }

  /** The entry's content, inflated; null when there is no such entry. */
  get(name: string): Buffer | null {
    const entry = this.byName.get(name);
    if (entry === undefined) return null;
    const data = this.storedData(entry);
    if (entry.method === 0) return data;
    // One output buffer of the size the directory gives: no chunks to join (a copy of the part).
    return inflateRawSync(data, { chunkSize: Math.max(64 * 1024, entry.size + 1) });
  }

  /**
   * The entry's content as a stream of inflated chunks, for a reader that never needs the part
   * whole; null when there is no such entry. Inflating runs on zlib's own thread, beside the reader.
   */
  chunks(name: string): AsyncIterable<Buffer> | null {
    const entry = this.byName.get(name);
    if (entry === undefined) return null;
    const data = this.storedData(entry);
    if (entry.method === 0)
      return (async function* () {
        for (let at = 0; at < data.length; at += STREAM_CHUNK)
          yield data.subarray(at, at + STREAM_CHUNK);
      })();
    const inflater = createInflateRaw({ chunkSize: STREAM_CHUNK });
    inflater.end(data);
    return inflater;
  }

  private storedData(entry: ZipEntry): Buffer {
    if (entry.method !== 0 && entry.method !== 8)
      throw new Error(`the part ${entry.name} uses zip compression method ${entry.method}`);
    const start = this.dataStart(entry);
    return this.bytes.subarray(start, start + entry.compressedSize);
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
  write(changes: ReadonlyMap<string, Buffer | readonly Buffer[]>): Buffer {
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
        centrals.push(movedCentral(entry, start));
      } else {
        const { local, data, central } = storedEntry(entry.name, changed, start, entry.central);
        push(local);
        data.forEach(push);
        centrals.push(central);
      }
    }
    for (const [name, data] of changes) {
      if (this.byName.has(name)) continue;
      const stored = storedEntry(name, data, offset, null);
      push(stored.local);
      stored.data.forEach(push);
      centrals.push(stored.central);
    }
    const centralStart = offset;
    for (const central of centrals) push(central);
    const centralSize = offset - centralStart;
    const zip64 = this.zip64 || centrals.length >= MAX16;
    if (zip64) push(zip64End(centrals.length, centralSize, centralStart));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL, 0);
    end.writeUInt16LE(Math.min(centrals.length, MAX16), 8);
    end.writeUInt16LE(Math.min(centrals.length, MAX16), 10);
    end.writeUInt32LE(Math.min(centralSize, MAX32), 12);
    end.writeUInt32LE(Math.min(centralStart, MAX32), 16);
    push(end);
    return Buffer.concat(chunks);
  }
}

/** A kept entry's directory record with its new offset, where the record keeps it. */
function movedCentral(entry: ZipEntry, offset: number): Buffer {
  const central = Buffer.from(entry.central);
  if (entry.offsetInExtra >= 0) central.writeBigUInt64LE(BigInt(offset), entry.offsetInExtra);
  else if (offset < MAX32) central.writeUInt32LE(offset, 42);
  else throw new Error("the package would be over 4 GB, which this tool does not write");
  return central;
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
  content: Buffer | readonly Buffer[],
  offset: number,
  old: Buffer | null
): { local: Buffer; data: Buffer[]; central: Buffer } {
  if (offset >= MAX32)
    throw new Error("the package would be over 4 GB, which this tool does not write");
  const { data, compressedSize, size, crc } = deflatePieces(
    Buffer.isBuffer(content) ? [content] : content
  );
  const nameBytes = Buffer.from(name, "utf8");
  const time = old === null ? dosTime(new Date()) : old.readUInt32LE(12);
  const local = Buffer.alloc(30 + nameBytes.length);
  local.writeUInt32LE(LOCAL_HEADER, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(UTF8_NAMES, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(time, 10);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressedSize, 18);
  local.writeUInt32LE(size, 22);
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
  central.writeUInt32LE(compressedSize, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(offset, 42);
  nameBytes.copy(central, 46);
  return { local, data, central };
}

function dosTime(date: Date): number {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day =
    ((Math.max(1980, date.getFullYear()) - 1980) << 9) |
    ((date.getMonth() + 1) << 5) |
    date.getDate();
  return ((day << 16) | time) >>> 0;
}
