#!/usr/bin/env node
// Generates the Teams app icons with no dependencies beyond node:zlib:
//   appPackage/color.png   192x192, full colour: white speech bubble holding a blue shield on a navy tile
//   appPackage/outline.png  32x32, white on transparent (Teams requires white + transparent only)
// Usage: node scripts/make-icons.mjs [outDir]   (default: appPackage). The PNGs are committed;
// re-run only to change the design. Output is deterministic.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(here, '..', 'appPackage'));

// ---- PNG encoding ---------------------------------------------------------------------------

/** CRC-32 as PNG and ZIP use it; node:zlib has it from Node 20.15 (engines requires 20.19). */
const crc32 = (buf) => zlib.crc32(buf) >>> 0;

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([len, typeAndData, crc]);
}

/** rgba: Uint8Array of width*height*4. Writes 8-bit RGBA (colour type 6), filter 0 on every row. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- shapes (unit square coordinates, 0..1, y down) -----------------------------------------

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s = (p, q, r) => (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1]);
  const pt = [x, y];
  const d1 = s(pt, [ax, ay], [bx, by]);
  const d2 = s(pt, [bx, by], [cx, cy]);
  const d3 = s(pt, [cx, cy], [ax, ay]);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

/** Speech bubble: rounded body plus a tail at the lower left. inset shrinks it (for outlines). */
function inBubble(x, y, inset = 0) {
  const body = inRoundedRect(x, y, 0.1 + inset, 0.14 + inset, 0.9 - inset, 0.7 - inset, 0.12 - inset / 2);
  const tail = inTriangle(x, y, [0.24 + inset, 0.6], [0.44 - inset, 0.6], [0.18 + inset * 0.6, 0.88 - inset * 1.6]);
  return body || tail;
}

/** Shield centred at (cx, top) with half-width w and height h. */
function inShield(x, y, cx, top, w, h) {
  const v = (y - top) / h;
  if (v < 0 || v > 1) return false;
  const u = Math.abs(x - cx) / w;
  if (v < 0.45) return u <= 1;
  const t = (v - 0.45) / 0.55;
  return u <= Math.cos((t * Math.PI) / 2);
}

// ---- rasteriser with 4x4 supersampling ------------------------------------------------------

/** paint(x, y) returns [r, g, b, a] (0..255) for a point in unit coordinates. */
function render(size, paint) {
  const ss = 4;
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const [cr, cg, cb, ca] = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      const n = ss * ss;
      out[i + 3] = Math.round(a / n);
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
    }
  }
  return out;
}

const NAVY = [0x1f, 0x3a, 0x68, 255];
const WHITE = [255, 255, 255, 255];
const BLUE = [0x2b, 0x6c, 0xd4, 255];
const CLEAR = [0, 0, 0, 0];

const color = render(192, (x, y) => {
  if (inShield(x, y, 0.5, 0.24, 0.16, 0.38)) return BLUE;
  if (inBubble(x, y)) return WHITE;
  return NAVY;
});

// Outline: a white bubble outline with a small solid white shield inside; everything else clear.
const outline = render(32, (x, y) => {
  if (inShield(x, y, 0.5, 0.28, 0.14, 0.3)) return WHITE;
  if (inBubble(x, y) && !inBubble(x, y, 0.075)) return WHITE;
  return CLEAR;
});
// The outline must be pure white where visible: force RGB to white on every non-transparent pixel
// and to 0 on fully transparent ones.
for (let i = 0; i < outline.length; i += 4) {
  const v = outline[i + 3] === 0 ? 0 : 255;
  outline[i] = v; outline[i + 1] = v; outline[i + 2] = v;
}

mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'color.png'), encodePng(192, 192, color));
writeFileSync(path.join(outDir, 'outline.png'), encodePng(32, 32, outline));
console.log(`wrote ${path.join(outDir, 'color.png')} (192x192) and ${path.join(outDir, 'outline.png')} (32x32)`);
