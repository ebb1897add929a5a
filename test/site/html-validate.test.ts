/**
 * Every HTML page of the build is valid, well-formed and accessible HTML by
 * html-validate's recommended and document rules (.htmlvalidate.json).
 * SRI is required only for cross-origin resources: the site loads none (the
 * CSP forbids them), and a same-origin hash adds nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, htmlPages } from '../helpers/dist.ts';

describe('html-validate over all of dist/', () => {
  it('finds no error in any page', async () => {
    const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
    const errors: string[] = [];
    for (const page of htmlPages()) {
      const report = await validator.validateFile(join(DIST, page));
      for (const result of report.results) {
        for (const message of result.messages) {
          errors.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message} (${message.selector ?? ''})`);
        }
      }
    }
    expect(errors).toEqual([]);
  }, 120_000);
});
