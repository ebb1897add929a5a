/** The benchmark drives the same Chromium and static server as the browser tests. */
export { launchChromium, serveFolder as serve, type StaticServer as Served } from '../lib/chromium.ts';
