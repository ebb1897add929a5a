/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser),
 * and a static server for a built folder: shared by the browser tests and the
 * benchmark. Playwright gives each launch a fresh, empty profile.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './run.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without the networking flags Chromium keeps trying hosts this closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** A TCP port free on loopback now, for a server about to start. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** Serves a built folder on loopback, by sirv's own binary so that it stops cleanly. */
export async function serveFolder(dir: string): Promise<StaticServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/sirv-cli/bin.js'), dir, '--port', String(port), '--host', '127.0.0.1', '--quiet'], {
    stdio: 'ignore',
  });
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
