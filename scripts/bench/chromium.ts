/** Debian's Chromium and a static server for the benchmark (the same setup as the browser tests). */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from '../lib/run.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** Serves a built folder; transfer sizes are computed from the files (see weights.ts). */
export async function serve(dir: string): Promise<Served> {
  const port = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/sirv-cli/bin.js'), dir, '--port', String(port), '--host', '127.0.0.1', '--quiet'], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { origin, close: () => new Promise((resolve) => { child.once('exit', () => resolve()); child.kill(); }) };
}
