/**
 * The Content-Security-Policy: every page declares one that allows only the
 * site's own origin, and in Chromium no page asks another origin for
 * anything or has something of its own refused by the policy (a refused
 * script, style or WebAssembly module would silently break the page). A
 * script that content slipped into a page, past the check and the
 * sanitizer, is refused: the policy trusts only the site's own.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { urlOf } from '../../src/edition/urls.ts';

const pages = htmlPages();

function policyOf(html: string): Map<string, string[]> | undefined {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) return undefined;
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Sources that admit nothing beyond the site itself. */
const OWN_ORIGIN_ONLY = /^('self'|'none'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:)$/;

describe('Content-Security-Policy in every page', () => {
  it('allows only the site’s own origin, with no unsafe-inline or eval', () => {
    const faults: string[] = [];
    for (const file of pages) {
      const html = readPage(file);
      const policy = policyOf(html);
      if (!policy) {
        faults.push(`${file}: no <meta http-equiv="content-security-policy">`);
        continue;
      }
      if (policy.get('default-src')?.join(' ') !== "'self'") faults.push(`${file}: default-src is not 'self'`);
      for (const name of ['script-src', 'style-src', 'object-src', 'base-uri', 'form-action']) {
        if (!policy.has(name)) faults.push(`${file}: no ${name}`);
      }
      for (const [name, sources] of policy) {
        for (const source of sources) {
          if (!OWN_ORIGIN_ONLY.test(source)) faults.push(`${file}: ${name} allows ${source}`);
        }
      }
      if (policy.get('img-src')?.includes('data:') === false) continue;
      for (const name of ['script-src', 'style-src', 'connect-src', 'default-src']) {
        if (policy.get(name)?.includes('data:')) faults.push(`${file}: ${name} allows data:`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('comes before every resource it governs; an inline script ahead of it is one it would allow anyway', () => {
    const faults: string[] = [];
    for (const file of pages) {
      const html = readPage(file);
      const head = html.split(/<\/head>/i)[0]!;
      const at = head.search(/<meta http-equiv="content-security-policy"/i);
      if (at === -1) continue; // reported above
      const before = head.slice(0, at);
      const external = /<(link\b[^>]*rel="?(stylesheet|preload|modulepreload)|script\b[^>]*\bsrc=|style\b)/i.exec(before);
      if (external) faults.push(`${file}: ${external[0]} comes before the policy`);
      const allowed = policyOf(html)!.get('script-src') ?? [];
      for (const [, attributes, body] of before.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        // A data block (the JSON-LD) is never run, so script-src does not govern it: HTML's “prepare the script element” stops at its type.
        if (/\btype="?application\/ld\+json"?/i.test(attributes!)) continue;
        const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
        if (!allowed.includes(hash)) faults.push(`${file}: inline script ahead of the policy is not in its script-src (${hash})`);
      }
    }
    expect(faults).toEqual([]);
  });
});

describe('requests in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const foreign: string[] = [];
  const refused: string[] = [];
  let current = '';

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    context = await browser.newContext();
    // Nothing leaves the machine: a request to another origin is recorded and aborted.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === server.origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      foreign.push(`${current}: ${route.request().url()}`);
      return route.abort();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      if (/Content Security Policy|EvalError|WebAssembly/i.test(error.message)) refused.push(`${path}: ${error.message}`);
    });
    current = path;
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    return page;
  }

  it('no page requests another origin or has its own resources refused', async () => {
    for (const file of pages) {
      const page = await open(urlOf(file));
      await page.close();
    }
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
  }, 300_000);

  it('search loads its index and WebAssembly under the policy', async () => {
    const own: string[] = [];
    const page = await open('/search/?q=%E6%95%B0%E6%8D%AE%E5%85%B1%E4%BA%AB');
    page.on('request', (request) => own.push(new URL(request.url()).pathname));
    await page.waitForLoadState('networkidle');
    // The search engine is fetched only now, from the site itself.
    const pagefind = [...own, ...(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)))].filter((path) =>
      path.startsWith('/pagefind/'),
    );
    expect(pagefind.some((path) => path.endsWith('.wasm') || path.includes('wasm'))).toBe(true);
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });

  it('refuses a script, an event handler and a javascript: link that content slipped into a built page', async () => {
    const hostile =
      '<div class="editorial-note" id="hostile">编者注：<script>document.title="PWNED"</script>' +
      `<img src="/no-such-image.png" onerror="document.title='IMG'">` +
      `<a id="hostile-link" href="javascript:document.title='LINK'">点这里</a></div>`;
    const html = readPage('/chapter-1/').replace('</main>', `${hostile}</main>`);
    // A context of its own without the offline copy's worker, which would serve the page as built.
    const own = await browser.newContext({ serviceWorkers: 'block' });
    const page = await own.newPage();
    // Recorded by the browser itself, before any of the page's own scripts run.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { refusedByPolicy: seen });
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
    });
    await page.route(`${server.origin}/chapter-1/`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(`${server.origin}/chapter-1/`, { waitUntil: 'load' });
    await page.click('#hostile-link');
    await page.waitForFunction(() => (window as unknown as { refusedByPolicy: string[] }).refusedByPolicy.length >= 3);
    expect(await page.title()).toMatch(/^第一章/);
    const directives = await page.evaluate(() => (window as unknown as { refusedByPolicy: string[] }).refusedByPolicy);
    expect(directives.filter((d) => d.startsWith('script-src')).length).toBeGreaterThanOrEqual(3);
    // The page's own scripts still ran: the policy refused only what content brought.
    expect(await page.evaluate(() => 'js' in document.documentElement.dataset)).toBe(true);
    await own.close();
  });
});
