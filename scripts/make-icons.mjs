// Draws the portal's raster icons in public/ from app/icon.svg, the one source of the logo:
// favicon.ico (16, 32 and 48 px) for browsers and tools that ask for /favicon.ico, and the PNG icons
// the web app manifest names. Run `node scripts/make-icons.mjs` after changing the logo, and commit the
// result. It uses sharp, which Next.js installs for its image optimisation.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const root = fileURLToPath(new URL("..", import.meta.url));
const svg = await readFile(`${root}app/icon.svg`);
const BRAND = "#062b4c"; // the logo's own background, --color-brand-900 in app/globals.css

/** The logo as a square PNG of `size` pixels. */
function png(size) {
  return sharp(svg, { density: Math.ceil((72 * size) / 32) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/**
 * A maskable icon: the platform cuts its own shape out of it, so the background fills the square and
 * the logo stays inside the central safe zone (80 % of the width).
 */
async function maskable(size) {
  const inner = Math.round(size * 0.8);
  const logo = await png(inner);
  return sharp({ create: { width: size, height: size, channels: 4, background: BRAND } })
    .composite([{ input: logo, gravity: "centre" }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An ICO file holding PNG images (the format every current browser and Windows since Vista reads). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, data } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += data.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

const icoSizes = [16, 32, 48];
const icoImages = await Promise.all(icoSizes.map(async (size) => ({ size, data: await png(size) })));
await writeFile(`${root}public/favicon.ico`, ico(icoImages));
await writeFile(`${root}public/icon-192.png`, await png(192));
await writeFile(`${root}public/icon-512.png`, await png(512));
await writeFile(`${root}public/icon-maskable-512.png`, await maskable(512));
console.log("public/favicon.ico, icon-192.png, icon-512.png, icon-maskable-512.png written");
