/**
 * The edition's icons, all drawn from one picture, public/favicon.svg: the
 * browser tab uses the SVG itself (favicon.ico for software that asks for
 * nothing else); the PNGs are rendered from it at build time for the home
 * screen (the web app manifest, Apple's touch icon), where an SVG is not
 * enough. The list is shared by the manifest, the layout and the icon pages;
 * src/lib/icon-render.ts draws them.
 */

/** The square behind the character in favicon.svg; also the manifest's theme colour. */
export const ICON_BACKGROUND = '#0b57a4';

export interface PngIcon {
  /** File name at the site's root. */
  name: string;
  size: number;
  /**
   * `any` is the picture as drawn (rounded corners, transparent around them);
   * `maskable` fills the whole square and keeps the character inside the
   * middle 80 %, which Android and iOS may crop to their own shapes.
   */
  purpose: 'any' | 'maskable';
}

/** In the web app manifest: what Chromium needs to install the edition (192 and 512 px), and a maskable one. */
export const MANIFEST_ICONS: PngIcon[] = [
  { name: 'icon-192.png', size: 192, purpose: 'any' },
  { name: 'icon-512.png', size: 512, purpose: 'any' },
  { name: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

/** iOS takes its home-screen icon from <link rel="apple-touch-icon"> and masks it itself. */
export const APPLE_TOUCH_ICON: PngIcon = { name: 'apple-touch-icon.png', size: 180, purpose: 'maskable' };

export const FAVICON_ICO_SIZE = 32;
