/** Debian's Chromium for browser tests (scripts/lib/chromium.ts). */
export { launchChromium as launchBrowser } from '../../scripts/lib/chromium.ts';
