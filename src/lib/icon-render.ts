/**
 * Draws the PNG and ICO icons (src/lib/app-icons.ts) from public/favicon.svg
 * with sharp (librsvg), at build time.
 */
import sharp from 'sharp';
import svgSource from '../../public/favicon.svg?raw';
import { FAVICON_ICO_SIZE, ICON_BACKGROUND, type PngIcon } from './app-icons';

/** The share of a maskable icon's side the picture takes: its character stays inside the safe circle. */
const MASKABLE_SCALE = 0.8;

export async function renderPng({ size, purpose }: Pick<PngIcon, 'size' | 'purpose'>): Promise<Buffer> {
  const drawn = purpose === 'maskable' ? Math.round(size * MASKABLE_SCALE) : size;
  // librsvg draws at 72 dpi per the SVG's own size: ask for the density that gives the pixels needed.
  const picture = sharp(Buffer.from(svgSource), { density: (72 * drawn) / 512 }).resize(drawn, drawn);
  if (purpose === 'any') return picture.png().toBuffer();
  const margin = Math.floor((size - drawn) / 2);
  return sharp(await picture.png().toBuffer())
    .extend({ top: margin, left: margin, bottom: size - drawn - margin, right: size - drawn - margin, background: ICON_BACKGROUND })
    .flatten({ background: ICON_BACKGROUND })
    .png()
    .toBuffer();
}

/** An .ico file holding one PNG (every browser reads PNG inside ICO). */
export async function renderIco(size = FAVICON_ICO_SIZE): Promise<Buffer> {
  const png = await renderPng({ size, purpose: 'any' });
  const header = Buffer.alloc(22);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size % 256, 6); // width and height (0 means 256)
  header.writeUInt8(size % 256, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // the PNG follows the header
  return Buffer.concat([header, png]);
}
