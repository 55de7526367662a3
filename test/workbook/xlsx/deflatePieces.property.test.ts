/**
 * A part deflated in pieces (deflatePieces.ts) inflates to the pieces joined, with their CRC and
 * size, whatever the pieces' sizes: empty, tiny, or over the size deflated alone.
 */
import fc from "fast-check";
import { crc32, inflateRawSync } from "node:zlib";
import { deflatePieces } from "../../../src/workbook/xlsx/package/deflatePieces";

const piece = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
  fc
    .tuple(fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 120_000 }))
    .map(([text, times]) => Buffer.from(`<row>${text}</row>`.repeat(times)))
);

test("the pieces deflated one by one inflate as one stream to the pieces joined", () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
      const joined = Buffer.concat(pieces);
      const { data, compressedSize, size, crc } = deflatePieces(pieces);
      const stream = Buffer.concat(data);
      expect(stream.length).toBe(compressedSize);
      expect(size).toBe(joined.length);
      expect(crc).toBe(crc32(joined) >>> 0);
      expect(inflateRawSync(stream).equals(joined)).toBe(true);
    }),
    { numRuns: 60 }
  );
});
