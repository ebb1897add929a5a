/** The benchmark drives the same Chromium and static server as the browser tests. */
export { launchChromium, serveFolder as serve } from '../lib/chromium.ts';
