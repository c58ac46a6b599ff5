#!/usr/bin/env node
// Draws the extension icon set into public/icon/{16,32,48,128}.png with nothing but node:zlib.
// The mark is two overlapping discs on a rounded square: two markets, one shared lens of agreement.
// Re-run after changing the colours or shapes: `node scripts/make-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4; // 4×4 samples per pixel for smooth edges

const BACKGROUND = [0x1f, 0x3a, 0x5f]; // deep blue
const LEFT_DISC = [0xff, 0xff, 0xff];
const RIGHT_DISC = [0x8e, 0xd1, 0xc6]; // mint
const LENS = [0xf2, 0xb8, 0x4b]; // amber: where the two markets agree

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');

/** Signed distance from (x, y) to a rounded square of half-width `half` and corner radius `r`, centred at 0.5. */
function roundedSquareDistance(x, y, half, r) {
  const qx = Math.abs(x - 0.5) - (half - r);
  const qy = Math.abs(y - 0.5) - (half - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

function inDisc(x, y, cx, cy, radius) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Colour of one sample point in unit coordinates; null where the icon is transparent. */
function sample(x, y) {
  if (roundedSquareDistance(x, y, 0.48, 0.18) > 0) return null;
  const left = inDisc(x, y, 0.39, 0.5, 0.22);
  const right = inDisc(x, y, 0.61, 0.5, 0.22);
  if (left && right) return LENS;
  if (left) return LEFT_DISC;
  if (right) return RIGHT_DISC;
  return BACKGROUND;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        // Colour is averaged over covered samples only (straight, not premultiplied, alpha).
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((covered / n) * 255);
      }
    }
  }
  return rgba;
}

// CRC-32 as PNG requires (https://www.w3.org/TR/png/#D-CRCAppendix).
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const rowLength = size * 4;
  const raw = Buffer.alloc((rowLength + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (rowLength + 1)] = 0; // filter type: none
    rgba.copy(raw, y * (rowLength + 1) + 1, y * rowLength, (y + 1) * rowLength);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
