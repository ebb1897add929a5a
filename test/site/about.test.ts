/**
 * Who publishes this edition and under what terms, on the built site and in
 * the repository: /about/ says what the edition is and is not, how it is
 * made, how to report an error and the terms of each kind of content, and
 * every page's footer links it and names the licence; LICENSE and
 * package.json say the same; /data/ states the licence and each file's size.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { DIST, ROOT, htmlPages } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text } from '../helpers/html.ts';

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

describe('关于本版', () => {
  const page = parsePage('/about/');
  const main = select('main', page);

  it('says what the edition is and is not, and how it is made', () => {
    expect(text(select('h1', main))).toBe('关于本版');
    const words = text(main);
    expect(words).toContain('不是规划的官方发布渠道');
    expect(words).toMatch(/正文照录规划原文/);
    expect(words).toMatch(/逐字/);
    for (const path of ['/errata/', '/changes/']) expect(select(`a[href="${path}"]`, main), path).toBeDefined();
  });

  it('tells a reader how to report an error: the repository’s issues', () => {
    expect(select(`a[href="${SITE.repository}/issues"]`, main)).toBeDefined();
  });

  it('names the terms of the plan’s text, of the editorial content and data, and of the code', () => {
    const terms = text(select('#terms + dl', main));
    expect(terms).toContain('《中华人民共和国著作权法》第五条');
    expect(terms).toContain('CC BY 4.0');
    expect(terms).toContain('MIT');
    const licences = selectAll('a[rel="license"]', main).map((a) => String(a.properties['href']));
    expect(licences.some((href) => href.startsWith(CC_BY))).toBe(true);
    expect(licences).toContain(`${SITE.repository}/blob/${SITE.branch}/LICENSE`);
  });

  it('is linked from every page’s footer, which names the licence', () => {
    for (const file of htmlPages()) {
      const tree = parsePage(file);
      if (select('meta[http-equiv="refresh"]', tree)) continue; // a redirect page only sends the reader on
      const footer = select('footer.site-footer', tree);
      expect(select('a[href="/about/"]', footer), file).toBeDefined();
      expect(String(select('a[rel="license"]', footer)?.properties['href']), file).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
    }
  });

  it('is linked from the home page', () => {
    expect(select('main a[href="/about/"]', parsePage('/'))).toBeDefined();
  });
});

describe('the licence in the repository', () => {
  it('LICENSE has the MIT licence for the code and CC BY 4.0 for the editorial content and data', () => {
    const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(licence).toContain('MIT License');
    expect(licence).toContain('Permission is hereby granted, free of charge');
    expect(licence).toContain(CC_BY);
    expect(licence).toContain('著作权法');
  });

  it('package.json names both', () => {
    const { license } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license?: string };
    expect(license).toBe('(MIT AND CC-BY-4.0)');
  });
});

describe('开放数据', () => {
  const main = select('main', parsePage('/data/'));

  it('states the licence', () => {
    expect(String(select('.open-data__licence a[rel="license"]', main)?.properties['href'])).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
    expect(text(select('.open-data__licence', main))).not.toContain('尚未填写');
  });

  it('shows each file’s size beside its link, as the file is', () => {
    const links = selectAll('.open-data__files td a[href]', main);
    expect(links.length).toBeGreaterThanOrEqual(15);
    const units: Record<string, number> = { 字节: 1, KB: 1024, MB: 1024 * 1024 };
    for (const link of links) {
      const href = String(link.properties['href']);
      const shown = /（([\d.]+) (字节|KB|MB)）/.exec(text(select(`a[href="${href}"] + .open-data__size`, main)));
      expect(shown, href).not.toBeNull();
      const [, value, unit] = shown!;
      const bytes = statSync(join(DIST, href)).size;
      // Rounded as shown: to the byte, to a tenth of a unit below ten units, else to the unit.
      const precision = unit === '字节' ? 0.5 : Number(value) < 10 ? 0.05 : 0.5;
      expect(Math.abs(bytes / units[unit!]! - Number(value)), `${href}: ${bytes} bytes shown as ${value} ${unit}`).toBeLessThanOrEqual(precision);
    }
  });
});
