/**
 * Zip64, the extension that lets a zip hold over 65,535 entries or entries and offsets past 4 GB.
 * Some producers write it for every package (streaming writers, Python's `force_zip64`): then the
 * end of the central directory is found through a second, 64-bit record, and a size or offset that
 * reads 0xFFFFFFFF in an entry's directory record is in its zip64 extra field instead.
 */

export const ZIP64_END = 0x06064b50;
export const ZIP64_LOCATOR = 0x07064b50;
export const ZIP64_EXTRA = 0x0001;
export const MAX32 = 0xffffffff;
export const MAX16 = 0xffff;

export interface CentralDirectory {
  readonly count: number;
  readonly offset: number;
  /** Whether the package ends with zip64 records (written back the same way). */
  readonly zip64: boolean;
}

function readUInt64(bytes: Buffer, at: number): number {
  const value = bytes.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error("the zip directory is damaged");
  return Number(value);
}

/** Where the central directory is and how many entries it has, from the end record at `end`. */
export function centralDirectory(bytes: Buffer, end: number): CentralDirectory {
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  const locator = end - 20;
  if (locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR) {
    const at = readUInt64(bytes, locator + 8);
    if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== ZIP64_END)
      throw new Error("the zip directory is damaged (its zip64 end record is missing)");
    return { count: readUInt64(bytes, at + 32), offset: readUInt64(bytes, at + 48), zip64: true };
  }
  if (count === MAX16 || offset === MAX32)
    throw new Error("the zip directory is damaged (a zip64 package without its zip64 records)");
  return { count, offset, zip64: false };
}

export interface EntryNumbers {
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  /** Where, inside the directory record, the zip64 extra holds the offset; -1 when it does not. */
  readonly offsetInExtra: number;
}

/**
 * An entry's sizes and local header offset from its directory record: the 32-bit fields, or, where one reads 0xFFFFFFFF, the zip64 extra's 64-bit values,
 * which come in a fixed order and only for the fields that overflowed.
 */
export function entryNumbers(central: Buffer): EntryNumbers {
  let compressedSize = central.readUInt32LE(20);
  let size = central.readUInt32LE(24);
  let localOffset = central.readUInt32LE(42);
  let offsetInExtra = -1;
  if (compressedSize !== MAX32 && size !== MAX32 && localOffset !== MAX32)
    return { compressedSize, size, localOffset, offsetInExtra };
  const nameLength = central.readUInt16LE(28);
  const extraEnd = 46 + nameLength + central.readUInt16LE(30);
  for (let at = 46 + nameLength; at + 4 <= extraEnd;) {
    const id = central.readUInt16LE(at);
    const length = central.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length) throw new Error("the zip directory is damaged");
        const value = readUInt64(central, field);
        field += 8;
        return value;
      };
      if (size === MAX32) size = next();
      if (compressedSize === MAX32) compressedSize = next();
      if (localOffset === MAX32) {
        offsetInExtra = field;
        localOffset = next();
      }
      return { compressedSize, size, localOffset, offsetInExtra };
    }
    at += 4 + length;
  }
  throw new Error("the zip directory is damaged (a zip64 entry without its zip64 field)");
}

/** The zip64 end record and its locator, for `count` entries in a directory at `offset`. */
export function zip64End(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(56 + 20);
  end.writeUInt32LE(ZIP64_END, 0);
  end.writeBigUInt64LE(44n, 4);
  end.writeUInt16LE(45, 12);
  end.writeUInt16LE(45, 14);
  end.writeBigUInt64LE(BigInt(count), 24);
  end.writeBigUInt64LE(BigInt(count), 32);
  end.writeBigUInt64LE(BigInt(size), 40);
  end.writeBigUInt64LE(BigInt(offset), 48);
  end.writeUInt32LE(ZIP64_LOCATOR, 56);
  end.writeBigUInt64LE(BigInt(offset + size), 64);
  end.writeUInt32LE(1, 72);
  return end;
}
