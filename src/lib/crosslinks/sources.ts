/**
 * Reads what cross-linking needs straight from content/: the remark plugin
 * runs inside the Markdown pipeline, where Astro's collections are not
 * available, and the build report runs outside Astro. Pages use the same
 * reader, so all three see the same lexicon. Files are checked with the
 * schemas of src/schemas.ts; a bad file stops the build with its name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { chapterSchema, glossarySchema, projectSchema, zhuanlanSchema } from '../../schemas.ts';
import { parseMdx } from '../mdx-tree.ts';
import { buildLexicon, type Lexicon, type ProjectSource, type TermSource } from './lexicon.ts';

export interface ChapterSource {
  id: string;
  file: string;
  label: string;
  title: string;
  order: number;
  body: string;
}

export interface ProjectFile extends ProjectSource {
  body: string;
}

export interface Corpus {
  /** The content folder read (absolute). */
  contentDir: string;
  chapters: ChapterSource[];
  terms: TermSource[];
  projects: ProjectFile[];
}

/** An MDX body as the pipeline parses it (before any plugin runs). */
export { parseMdx };

/** The plain text of an MDX body (escapes resolved, markup dropped). */
export function mdxText(body: string): string {
  return toString(parseMdx(body)).trim();
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

interface RawFile {
  id: string;
  file: string;
  data: unknown;
  body: string;
}

/** The content folder being built: CONTENT_DIR as in src/content.config.ts, else content/. */
export function defaultContentDir(): string {
  return resolve(process.env['CONTENT_DIR'] ?? 'content');
}

/** A path as editors see it in messages: relative to the working directory (content/glossary/si-mian.mdx). */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).replaceAll('\\', '/') || path;
}

function listFiles(contentDir: string, dir: string, ext: string): string[] {
  const folder = join(contentDir, dir);
  return readdirSync(folder)
    .filter((name) => name.endsWith(`.${ext}`))
    .sort()
    .map((name) => join(folder, name));
}

function readRaw(path: string): RawFile {
  const text = readFileSync(path, 'utf8');
  const file = displayPath(path);
  const id = path.replace(/^.*[\\/]/, '').replace(/\.(mdx|yaml)$/, '');
  if (file.endsWith('.yaml')) return { id, file, data: parseYaml(text), body: '' };
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: 文件开头缺少 --- 包围的 frontmatter (missing frontmatter)`);
  return { id, file, data: parseYaml(match[1]!), body: text.slice(match[0].length) };
}

function validate<T extends z.ZodType>(schema: T, raw: RawFile): z.infer<T> {
  const result = schema.safeParse(raw.data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(frontmatter)'}: ${i.message}`).join('; ');
    throw new Error(`${raw.file}: ${issues}（请先运行 npm run check 查看详情）`);
  }
  return result.data;
}

export function readCorpus(contentDir: string): Corpus {
  const chapters = listFiles(contentDir, 'chapters', 'mdx').map((path) => {
    const raw = readRaw(path);
    const data = validate(chapterSchema, raw);
    return { id: raw.id, file: raw.file, label: data.label, title: data.title, order: data.order, body: raw.body };
  });
  chapters.sort((a, b) => a.order - b.order);

  const boxes = new Map(
    listFiles(contentDir, 'zhuanlan', 'yaml').map((path) => {
      const raw = readRaw(path);
      const data = validate(zhuanlanSchema, raw);
      return [raw.id, { number: data.number, title: data.title }];
    }),
  );

  const projects = listFiles(contentDir, 'projects', 'mdx').map((path): ProjectFile => {
    const raw = readRaw(path);
    const data = validate(projectSchema, raw);
    const box = boxes.get(data.zhuanlan);
    if (!box) throw new Error(`${raw.file}: zhuanlan “${data.zhuanlan}” 不存在于 zhuanlan/ 文件夹 (unknown 专栏)`);
    return { id: raw.id, file: raw.file, title: data.title, order: data.order, box, text: mdxText(raw.body), body: raw.body };
  });
  projects.sort((a, b) => a.box.number - b.box.number || a.order - b.order);

  const terms = listFiles(contentDir, 'glossary', 'mdx').map((path): TermSource => {
    const raw = readRaw(path);
    const data = validate(glossarySchema, raw);
    return {
      id: raw.id,
      file: raw.file,
      term: data.term,
      aliases: data.aliases,
      exclude: data.exclude,
      related: data.related,
      number: data.number,
      definedIn: data.definedIn,
      definition: mdxText(raw.body),
    };
  });
  for (const term of terms) {
    if (term.definedIn && !chapters.some((c) => c.id === term.definedIn!.chapter)) {
      throw new Error(`${term.file}: definedIn.chapter “${term.definedIn.chapter}” 不是 content/chapters 中的文件名 (unknown chapter)`);
    }
  }
  return { contentDir, chapters, terms, projects };
}

/** A signature of the files the lexicon is read from, to notice edits (dev server). */
export function corpusSignature(contentDir: string): string {
  return ['chapters', 'glossary', 'projects', 'zhuanlan']
    .flatMap((dir) => {
      const folder = join(contentDir, dir);
      return readdirSync(folder).map((name) => `${dir}/${name}:${statSync(join(folder, name)).mtimeMs}`);
    })
    .join('|');
}

const cache = new Map<string, { signature: string; data: { corpus: Corpus; lexicon: Lexicon } }>();

/** The corpus and its lexicon, read once and again only when a content file changes (dev server). */
export function loadCrosslinkData(contentDir: string = defaultContentDir()): { corpus: Corpus; lexicon: Lexicon } {
  const signature = corpusSignature(contentDir);
  const hit = cache.get(contentDir);
  if (hit && hit.signature === signature) return hit.data;
  const corpus = readCorpus(contentDir);
  const data = { corpus, lexicon: buildLexicon(corpus.terms, corpus.projects) };
  cache.set(contentDir, { signature, data });
  return data;
}
