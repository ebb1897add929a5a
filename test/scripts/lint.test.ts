/**
 * The lint rules that keep the layers apart (eslint.config.js): src/ never
 * imports scripts/, browser code never imports the build, and what both sides
 * share imports neither. Linted through ESLint's own API, as `npm run lint` does.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';

const eslint = new ESLint({ cwd: ROOT });

/** The messages of no-restricted-imports for `code` linted as if it were the file at `filePath`. */
async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('keeps scripts/ out of src/', async () => {
    expect(await restrictedImports('src/lib/example.ts', "import { run } from '../../scripts/lib/run.ts';\nrun();\n")).toEqual([
      expect.stringContaining('src/ must not import scripts/'),
    ]);
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", 'a Node built-in'],
    ["import { readFileSync } from 'fs';", 'a Node built-in without its prefix'],
    ["import { getCollection } from 'astro:content';", 'an Astro module'],
    ["import { getEdition } from '../../edition/index.ts';", 'the edition layer'],
    ["import { sitePath } from '../../lib/site-path.ts';", 'a build module'],
  ])('refuses %s in browser code (%s)', async (line) => {
    const messages = await restrictedImports('src/client/search/example.ts', `${line}\nexport {};\n`);
    expect(messages).toEqual([expect.stringContaining('Code for the browser (src/client/)')]);
  });

  it('lets browser code import browser and shared modules', async () => {
    const code = "import { normalize } from '../../shared/normalize.ts';\nimport { suggest } from './query.ts';\nexport { normalize, suggest };\n";
    expect(await restrictedImports('src/client/search/example.ts', code)).toEqual([]);
  });

  it("holds a component's <script> to the same rule as browser code", async () => {
    const component = (line: string) => `---\n---\n<p>例</p>\n<script>\n  ${line}\n  console.log(x);\n</script>\n`;
    expect(await restrictedImports('src/components/reading/Example.astro', component("import { x } from '../../lib/example.ts';"))).toEqual([
      expect.stringContaining('Code for the browser (src/client/)'),
    ]);
    expect(await restrictedImports('src/components/reading/Example.astro', component("import { x } from '../../client/reading/example.ts';"))).toEqual([]);
  });

  it('keeps shared modules free of the browser side and of the build', async () => {
    for (const line of [
      "import { runSearch } from '../client/search/engine.ts';",
      "import { sitePath } from '../lib/site-path.ts';",
      "import path from 'node:path';",
    ]) {
      expect(await restrictedImports('src/shared/example.ts', `${line}\nexport {};\n`)).toEqual([
        expect.stringContaining('src/shared/ is imported by the browser'),
      ]);
    }
  });
});
