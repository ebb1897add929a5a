/** Debian's Chromium for browser tests (scripts/lib/chromium.ts). */
export { CHROMIUM, launchChromium as launchBrowser } from '../../scripts/lib/chromium.ts';
