/** Serves the build under test on a loopback port (scripts/lib/chromium.ts). */
import { serveFolder, type StaticServer } from '../../scripts/lib/chromium.ts';
import { DIST, assertBuilt } from './dist.ts';

export type { StaticServer };

/** Serves dist/ (or another built folder, e.g. a test's own build). */
export async function serveDist(dir: string = DIST): Promise<StaticServer> {
  if (dir === DIST) assertBuilt();
  return serveFolder(dir);
}
