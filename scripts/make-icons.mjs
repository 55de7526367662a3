// Draws the add-in icons (a white clock face on a Fluent-blue rounded square) as PNGs in assets/.
// Run with `node scripts/make-icons.mjs` after changing the design; the PNGs are committed.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x0f, 0x6c, 0xbd]; // Fluent brand #0F6CBD, the colour of Office's own ribbon accents
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLES = 4; // per axis: smooth edges without an antialiasing rasteriser

// The design in unit coordinates (0..1, y down), so every size is the same drawing.
const CORNER = 0.2;
const CLOCK_RADIUS = 0.3;
const RING_WIDTH = 0.09;
const HAND_WIDTH = 0.085;
const HOUR_HAND = { dx: 0, dy: -0.15 }; // to 12
const MINUTE_HAND = { dx: 0.15, dy: 0.09 }; // toward 4: "the hour" has started

/** Signed distance to a rounded square filling the unit box (negative inside). */
function roundedSquare(x, y) {
  const qx = Math.abs(x - 0.5) - (0.5 - CORNER);
  const qy = Math.abs(y - 0.5) - (0.5 - CORNER);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - CORNER;
}

/** Signed distance to a capsule from the centre along (dx, dy). */
function hand(x, y, { dx, dy }) {
  const px = x - 0.5;
  const py = y - 0.5;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - HAND_WIDTH / 2;
}

function clockMark(x, y) {
  const ring = Math.abs(Math.hypot(x - 0.5, y - 0.5) - CLOCK_RADIUS) - RING_WIDTH / 2;
  return Math.min(ring, hand(x, y, HOUR_HAND), hand(x, y, MINUTE_HAND));
}

/** RGBA pixels, straight (not premultiplied) alpha as PNG expects. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let coverage = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLES; sy++) {
        for (let sx = 0; sx < SUPERSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLES) / size;
          if (roundedSquare(x, y) <= 0) {
            coverage++;
            if (clockMark(x, y) <= 0) white++;
          }
        }
      }
      const offset = (py * size + px) * 4;
      const mix = coverage === 0 ? 0 : white / coverage;
      for (let c = 0; c < 3; c++) {
        pixels[offset + c] = Math.round(BLUE[c] + (WHITE[c] - BLUE[c]) * mix);
      }
      pixels[offset + 3] = Math.round((255 * coverage) / SUPERSAMPLES ** 2);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Bytes 10-12 stay 0: deflate, adaptive filtering, no interlace.
  const stride = size * 4;
  const rows = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    // Each row starts with filter type 0 (none); zlib does the compressing.
    rgba.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, draw(size)));
  console.log(`wrote ${file}`);
}
