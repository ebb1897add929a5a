/**
 * The yardstick a team would otherwise pick: a stock Starlight site holding
 * the same content (its own MDX, unified/remark, Pagefind and sitemap, a
 * sidebar on every page). Each chapter, project and term becomes a docs page
 * with its title; the edition's components are replaced by what they hold
 * (an editorial note's text, a figure's caption), or dropped where they list
 * what has pages of its own (专栏 boxes, Table 1, the Annex 2 list); the
 * indicators and the timeline become a page each. Built beside the edition
 * in the same run (npm run bench), alternating with it.
 *
 * Starlight is installed for the run into a folder of its own, at the
 * versions this project has installed (@astrojs/starlight is a pinned
 * devDependency, Astro and its integrations the site's own): its .astro
 * components do not build through linked packages, and its projects (one per
 * scale) sit inside that folder, where Node finds the packages by walking up.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { loadEdition, type ContentFile } from '../../src/edition/index.ts';
import { ROOT } from '../lib/run.ts';

type Data = Record<string, unknown>;

/** What the Starlight site installs, each at the version installed here. */
const PACKAGES = ['@astrojs/starlight', 'astro', '@astrojs/mdx', '@astrojs/markdown-remark', '@astrojs/sitemap', 'pagefind', 'sharp'];

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://example.org',
  integrations: [starlight({ title: '汕头数字政府规划', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** The body without the edition's components: each replaced by its children (none for those that list other pages). */
function plainBody(tree: Root): Root {
  const unwrap = (node: Nodes): RootContent[] => {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return [];
    const children = 'children' in node ? (node as Parents).children.flatMap(unwrap) : undefined;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return children ?? [];
    return [(children ? { ...node, children } : node) as RootContent];
  };
  return { type: 'root', children: tree.children.flatMap(unwrap) };
}

const page = (title: string, body: string) => `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}`;

function docsPages(editionRoot: string): Map<string, string> {
  const edition = loadEdition(editionRoot);
  const pages = new Map<string, string>([['index.mdx', page('汕头市数字政府改革建设“十四五”规划', '规划全文、专栏项目、名词解释、主要指标与实施步骤。\n')]]);
  const mdx = (file: ContentFile) => toMarkdown(plainBody(edition.mdx(file).tree!), { extensions: [mdxToMarkdown(), gfmToMarkdown()] });
  const id = (file: ContentFile) => file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.mdx$/, '');
  for (const file of edition.collection('chapters')) {
    const data = file.data as Data;
    pages.set(`chapters/${id(file)}.mdx`, page(`${String(data.label)}　${String(data.title)}`, mdx(file)));
  }
  for (const file of edition.collection('projects')) pages.set(`projects/${id(file)}.mdx`, page(String((file.data as Data).title), mdx(file)));
  for (const file of edition.collection('glossary')) pages.set(`glossary/${id(file)}.mdx`, page(String((file.data as Data).term), mdx(file)));
  const indicators = edition.collection('indicators').map((file) => file.data as Data);
  pages.set(
    'indicators.mdx',
    page(
      '主要指标',
      ['| 序号 | 类别 | 主要指标 | 单位 | 现状值 | 目标值 | 计算方法 |', '| --- | --- | --- | --- | --- | --- | --- |']
        .concat(indicators.map((i) => `| ${[i.number, i.category, i.name, i.unit, i.baseline ?? '—', i.target, i.method].map(String).join(' | ')} |`))
        .join('\n') + '\n',
    ),
  );
  const phases = edition.collection('timeline').map((file) => file.data as Data);
  pages.set(
    'timeline.mdx',
    page(
      '实施步骤',
      phases.map((p) => `## ${String(p.title)}（${String(p.period)}）\n\n${(p.tasks as string[]).map((t) => `- ${t}`).join('\n')}\n`).join('\n'),
    ),
  );
  return pages;
}

/** Installs Starlight for this run (from npm's cache where it can) and returns the folder to pass to starlightSite(). */
export function installStarlight(): string {
  const folder = mkdtempSync(join(tmpdir(), 'starlight-'));
  const version = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const dependencies = Object.fromEntries(PACKAGES.map((name) => [name, version(name)]));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'starlight-reference', private: true, type: 'module', dependencies }));
  const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing Starlight for the reference site failed:\n${install.stdout}\n${install.stderr}`);
  return folder;
}

/** Writes the Starlight project for the content of `editionRoot` (a folder holding content/) inside `install`, and returns its folder. */
export function starlightSite(install: string, editionRoot: string): string {
  const root = mkdtempSync(join(install, 'site-'));
  // The same dependencies as the folder that installed them: Astro bundles the packages a project depends on that hold .astro files.
  const { dependencies } = JSON.parse(readFileSync(join(install, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'starlight-site', private: true, type: 'module', dependencies }));
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'content.config.ts'), CONTENT_CONFIG);
  for (const [path, text] of docsPages(editionRoot)) {
    const file = join(root, 'src', 'content', 'docs', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}
