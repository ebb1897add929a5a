/**
 * dist/_headers as a static host applies it (Netlify's and Cloudflare Pages'
 * format: a path pattern, then indented `Name: value` lines), and a server
 * that serves dist/ with those headers, for tests that load pages as they
 * would be published.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { StaticServer } from '../../scripts/lib/chromium.ts';

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!match || rules.length === 0) throw new Error(`_headers: not a header line under a path: “${line}”`);
    rules.at(-1)!.headers.push([match[1]!, match[2]!.trim()]);
  }
  return rules;
}

/** `/*` matches every path; `/_astro/*` every path under /_astro/; others match exactly. */
const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/** The headers a path gets, and the names more than one matching rule sets (a host would join their values). */
export function headersFor(rules: readonly HeaderRule[], path: string): { headers: Record<string, string>; repeated: string[] } {
  const headers: Record<string, string> = {};
  const repeated: string[] = [];
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (key in headers) repeated.push(name);
      headers[key] = value;
    }
  }
  return { headers, repeated };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
};

/** Serves `dir` on loopback with the headers of its _headers file, as a static host would. */
export function serveWithHostHeaders(dir: string): Promise<StaticServer> {
  const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir) || path.includes('_headers')) file = '';
    else if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== '' && existsSync(file);
    const served = found ? file : join(dir, '404.html');
    for (const [name, value] of Object.entries(headersFor(rules, path).headers)) response.setHeader(name, value);
    response.setHeader('Content-Type', TYPES[extname(served)] ?? 'application/octet-stream');
    response.statusCode = found ? 200 : 404;
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({
        origin: `http://127.0.0.1:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
