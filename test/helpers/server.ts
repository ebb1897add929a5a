/** Serves dist/ on a loopback port for browser tests; started by its own binary so it stops cleanly. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DIST, ROOT, assertBuilt } from './dist.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves dist/ (or another built folder, e.g. a test's own build). */
export async function serveDist(dir: string = DIST): Promise<StaticServer> {
  if (dir === DIST) assertBuilt();
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/sirv-cli/bin.js'), dir, '--port', String(port), '--host', '127.0.0.1', '--quiet'],
    { stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
