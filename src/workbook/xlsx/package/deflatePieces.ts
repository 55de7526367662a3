/**
 * Deflating a part given in pieces (a patched sheet: the bytes before the changed rows, the new
 * rows, the bytes after) without joining them first, which would copy the whole sheet. Each run
 * of pieces is deflated on its own and ended with a sync flush (an empty stored block, so the next
 * run starts on a byte); only the last ends the stream. A deflate stream may be made of such runs:
 * every inflater reads it as one. Small pieces are joined into runs of their own, so no run is
 * too small to compress well and no big piece is copied.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

/** Pieces at least this big are deflated alone; smaller neighbours are joined. */
const BIG = 1024 * 1024;
/** Above this a run is deflated at level 1: a few percent larger, several times faster. */
const FAST = 4 * 1024 * 1024;

export interface Deflated {
  readonly data: Buffer[];
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
}

function runs(pieces: readonly Buffer[]): Buffer[] {
  const out: Buffer[] = [];
  let small: Buffer[] = [];
  const flush = () => {
    if (small.length > 0) out.push(small.length === 1 ? small[0] : Buffer.concat(small));
    small = [];
  };
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    if (piece.length >= BIG) {
      flush();
      out.push(piece);
    } else small.push(piece);
  }
  flush();
  return out;
}

export function deflatePieces(pieces: readonly Buffer[]): Deflated {
  const parts = runs(pieces);
  if (parts.length === 0) parts.push(Buffer.alloc(0));
  let crc = 0;
  let size = 0;
  let compressedSize = 0;
  const data = parts.map((part, i) => {
    crc = crc32(part, crc);
    size += part.length;
    const last = i === parts.length - 1;
    const compressed = deflateRawSync(part, {
      level: part.length > FAST ? 1 : 6,
      finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    });
    compressedSize += compressed.length;
    return compressed;
  });
  return { data, compressedSize, size, crc: crc >>> 0 };
}
