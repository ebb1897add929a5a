/**
 * The benchmark's yardsticks: a bare Astro project that renders the same MDX
 * content with nothing of the edition's — no remark plugins, no integration
 * but MDX, no layout, no search — one page per chapter, project and term.
 * Components used in the content are stand-ins that render their children.
 * Built beside the edition in the same run, it says what Astro itself costs
 * on this machine today. Two variants: Astro's default Markdown engine
 * (Sätteri, in Rust), and the unified engine (@astrojs/markdown-remark) that
 * any remark plugin — the edition's included — requires: the difference
 * between them is the price of the engine, not of the edition's pipeline.
 */
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_COMPONENT_NAMES } from '../../src/lib/content-components.ts';
import { ROOT } from '../lib/run.ts';

const COLLECTIONS = { chapters: '', projects: 'projects/', glossary: 'glossary/' } as const;

const page = (collection: string, up: string) => `---
import { getCollection, render } from 'astro:content';
import Stand from '${up}components/Stand.astro';
export async function getStaticPaths() {
  return (await getCollection('${collection}')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
const components = Object.fromEntries(${JSON.stringify(CONTENT_COMPONENT_NAMES)}.map((name) => [name, Stand]));
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{Astro.props.entry.id}</title></head><body><main><Content components={components} /></main></body></html>
`;

export type MarkdownEngine = 'default' | 'unified';

const CONFIG: Record<MarkdownEngine, string> = {
  default: "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n",
  unified:
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nimport { unified } from '@astrojs/markdown-remark';\n" +
    // SmartyPants off, as in the edition (it would rewrite the plan's punctuation).
    'export default defineConfig({ integrations: [mdx()], markdown: { processor: unified({ smartypants: false }) } });\n',
};

/** Writes the reference project for the content of `editionRoot` (a folder holding content/) and returns its folder. */
export function referenceSite(editionRoot: string, engine: MarkdownEngine = 'default'): string {
  const root = mkdtempSync(join(tmpdir(), 'reference-site-'));
  symlinkSync(join(editionRoot, 'content'), join(root, 'content'));
  // The installed packages, linked one by one: Astro's and Vite's build state stays in this project.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'reference-site', private: true, type: 'module' }));
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG[engine]);
  mkdirSync(join(root, 'src', 'components'), { recursive: true });
  writeFileSync(join(root, 'src', 'components', 'Stand.astro'), '<div><slot /></div>\n');
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      "const mdx = (dir: string) => defineCollection({ loader: glob({ pattern: '*.mdx', base: `./content/${dir}` }) });\n" +
      `export const collections = { ${Object.keys(COLLECTIONS)
        .map((c) => `${c}: mdx('${c}')`)
        .join(', ')} };\n`,
  );
  for (const [collection, folder] of Object.entries(COLLECTIONS)) {
    const dir = join(root, 'src', 'pages', folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '[id].astro'), page(collection, folder ? '../../' : '../'));
  }
  return root;
}
