// Draws the app icon (a signpost on the brand colour) as PNG files, with no image tools needed.
// Run once after changing the design: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const BRAND = [0x1d, 0x4f, 0x6e, 255];
const WHITE = [255, 255, 255, 255];
const YELLOW = [0xff, 0xdd, 0x00, 255];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

/** scale: how much of the square the drawing uses (maskable icons keep to the safe zone). */
function draw(size, { scale = 0.8, rounded = true } = {}) {
  const px = Buffer.alloc(size * size * 4);
  const inside = (x, y, x0, y0, x1, y1) => x >= x0 && x < x1 && y >= y0 && y < y1;
  const r = rounded ? size * 0.18 : 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Rounded-square background (full bleed for maskable).
      let c = BRAND;
      if (r) {
        const cx = Math.min(Math.max(x, r), size - r), cy = Math.min(Math.max(y, r), size - r);
        if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) c = [0, 0, 0, 0];
      }
      // Drawing coordinates in 0..1 within the scaled box.
      const u = (x / size - 0.5) / scale + 0.5, v = (y / size - 0.5) / scale + 0.5;
      if (c[3]) {
        if (inside(u, v, 0.46, 0.14, 0.54, 0.9)) c = WHITE; // post
        // Right-pointing board.
        if (inside(u, v, 0.2, 0.22, 0.7, 0.38) || (u >= 0.7 && u < 0.8 && Math.abs(v - 0.3) < (0.8 - u) * 0.8)) c = WHITE;
        // Left-pointing board.
        if (inside(u, v, 0.3, 0.46, 0.8, 0.62) || (u < 0.3 && u >= 0.2 && Math.abs(v - 0.54) < (u - 0.2) * 0.8)) c = YELLOW;
        if (inside(u, v, 0.3, 0.86, 0.7, 0.9)) c = WHITE; // ground
      }
      px.set(c, (y * size + x) * 4);
    }
  }
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', draw(192));
writeFileSync('public/icons/icon-512.png', draw(512));
writeFileSync('public/icons/maskable-512.png', draw(512, { scale: 0.62, rounded: false }));
writeFileSync('public/icons/apple-touch-icon.png', draw(180, { scale: 0.7, rounded: false }));
writeFileSync(
  'public/favicon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4f6e"/><rect x="14.7" y="4" width="2.6" height="25" fill="#fff"/><path d="M6 7h16l3 2.6-3 2.6H6z" fill="#fff"/><path d="M26 15H10l-3 2.6 3 2.6h16z" fill="#ffdd00"/></svg>\n`,
);
console.log('icons written to public/icons');
