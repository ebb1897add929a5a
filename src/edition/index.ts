/**
 * The edition's content, read and parsed once: every file of content/, its
 * data with line positions, each MDX body compiled once (mdx.ts), the source
 * text. Everything that reads the content goes through here: the content
 * check, the remark plugins and the data they link with, backlinks, the plan's
 * structure, the search names, the cross-link report, the benchmark. What is
 * computed from the content is computed once per edition (`derived`).
 *
 * Plain TypeScript with no Astro import, so the check CLI, tests and the
 * benchmark use it without a build. Within one process (a build, the dev
 * server) the edition is held once for every module graph that asks: Astro
 * loads the configuration and the pages as separate
 * module graphs, and all of them must see the same edition.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { COLLECTION_FILES, type CollectionName } from '../schemas.ts';
import { parseContentFile, parseDataFile, type ContentFile, type DataFile } from './files.ts';
import { compileMdx, type CompiledMdx } from './mdx.ts';

export type { ContentFile, DataFile } from './files.ts';
export type { CompiledMdx } from './mdx.ts';

/** Where the content lives in a project: the one place that says so. */
export const CONTENT_FOLDER = 'content';
export const SOURCE_PATH = `${CONTENT_FOLDER}/source/plan.txt`;
export const PLAN_PATH = `${CONTENT_FOLDER}/plan.yaml`;
export const ERRATA_PATH = `${CONTENT_FOLDER}/errata.yaml`;
export const REDIRECTS_PATH = `${CONTENT_FOLDER}/redirects.yaml`;
export const CHANGES_PATH = `${CONTENT_FOLDER}/changes.yaml`;
export const DOCUMENTS_PATH = `${CONTENT_FOLDER}/documents.yaml`;
export const SYNONYMS_PATH = `${CONTENT_FOLDER}/synonyms.yaml`;

/** A collection's folder, relative to the project root: content/chapters. */
export const collectionFolder = (name: CollectionName) => `${CONTENT_FOLDER}/${COLLECTION_FILES[name].dir}`;
/** An entry's file, relative to the project root: content/chapters/chapter-4.mdx. */
export const entryPath = (name: CollectionName, id: string) => `${collectionFolder(name)}/${id}.${COLLECTION_FILES[name].ext}`;

const MDX_PATH = new RegExp(`(?:^|[\\\\/])${CONTENT_FOLDER}[\\\\/]([a-z]+)[\\\\/]([^\\\\/]+)\\.mdx$`);

/**
 * The MDX content file a compiled file is, from its path (as remark plugins
 * get it from Astro): its folder, its id and its path as editors see it.
 */
export function mdxFileOf(path: string): { folder: string; id: string; path: string } | undefined {
  const match = MDX_PATH.exec(path);
  return match ? { folder: match[1]!, id: match[2]!, path: `${CONTENT_FOLDER}/${match[1]}/${match[2]}.mdx` } : undefined;
}

/** What content/ holds, file names as found (stray files included). */
export interface ContentListing {
  /** Names directly in content/. */
  top: string[];
  /** Names in each collection's folder. */
  folders: Map<string, string[]>;
}

export interface Edition {
  /** The project root (absolute): content/ is `${root}/content`. */
  root: string;
  /** Every collection file, collection by collection, in file-name order. */
  files: readonly ContentFile[];
  plan: DataFile;
  errata: DataFile;
  redirects: DataFile;
  /** Change notes for readers, editorial (content/changes.yaml). */
  changes: DataFile;
  /** The documents the plan cites in 《》, editorial (content/documents.yaml). */
  documents: DataFile;
  /** Search synonyms, editorial (content/synonyms.yaml). */
  synonyms: DataFile;
  /** content/source/plan.txt, the primary source (undefined if missing). */
  source: string | undefined;
  listing: ContentListing;
  collection(name: CollectionName): readonly ContentFile[];
  /** A file by its path relative to the project root (content/…) or absolute. */
  file(path: string): ContentFile | undefined;
  /** The compiled MDX body of a file (compiled on first use). */
  mdx(file: ContentFile): CompiledMdx;
  /** Values computed from this edition, by name (see `derived`). */
  readonly computed: Map<string, unknown>;
}

const toPosix = (path: string) => path.replaceAll('\\', '/');

function list(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Reads the edition of the project at `root` from disk. */
export function loadEdition(root: string): Edition {
  root = resolve(root);
  const contentDir = join(root, CONTENT_FOLDER);
  const folders = new Map<string, string[]>();
  const files: ContentFile[] = [];
  for (const [name, { dir, ext }] of Object.entries(COLLECTION_FILES) as [CollectionName, { dir: string; ext: string }][]) {
    const names = list(join(contentDir, dir));
    folders.set(dir, names);
    for (const file of names.filter((n) => n.endsWith(`.${ext}`) && !n.startsWith('.'))) {
      const path = `${collectionFolder(name)}/${file}`;
      if (statSync(join(root, path)).isDirectory()) continue;
      files.push(parseContentFile(name, path, readFileSync(join(root, path), 'utf8')));
    }
  }
  const byPath = new Map(files.map((f) => [f.path, f]));
  const compiled = new Map<ContentFile, CompiledMdx>();
  const dataFile = (path: string) => parseDataFile(path, readIfExists(join(root, path)));
  return {
    root,
    files,
    plan: dataFile(PLAN_PATH),
    errata: dataFile(ERRATA_PATH),
    redirects: dataFile(REDIRECTS_PATH),
    changes: dataFile(CHANGES_PATH),
    documents: dataFile(DOCUMENTS_PATH),
    synonyms: dataFile(SYNONYMS_PATH),
    source: readIfExists(join(root, SOURCE_PATH)),
    listing: { top: list(contentDir), folders },
    computed: new Map(),
    collection: (name) => files.filter((f) => f.collection === name),
    file: (path) => byPath.get(toPosix(isAbsolute(path) ? relative(root, path) : path)),
    mdx(file) {
      let result = compiled.get(file);
      if (!result) compiled.set(file, (result = compileMdx(file.body, file.path)));
      return result;
    },
  };
}

/**
 * A value computed from an edition once and kept with it:
 * `const lexiconOf = derived('lexicon', (edition) => …)`. Kept on the edition
 * itself, by name, because Astro loads this module more than once (the
 * configuration, the pages): every copy must find what another computed.
 */
export function derived<T>(name: string, compute: (edition: Edition) => T): (edition: Edition) => T {
  return (edition) => {
    if (!edition.computed.has(name)) edition.computed.set(name, compute(edition));
    return edition.computed.get(name) as T;
  };
}

/** The edition held for this process: one per project root, shared by every module graph. */
const HELD = Symbol.for('shantou-plan.edition');
type Registry = { editions: Map<string, Edition>; root?: string };
const registry: Registry =
  ((globalThis as Record<symbol, unknown>)[HELD] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[HELD] = { editions: new Map() } satisfies Registry);

/** Makes `root` the edition this process builds or serves, read afresh. */
export function holdEdition(root: string): Edition {
  registry.root = resolve(root);
  releaseEdition(registry.root);
  return getEdition(registry.root);
}

/** Forgets the edition of `root` (the dev server, when a content file changed): the next `getEdition` reads it again. */
export function releaseEdition(root: string): void {
  registry.editions.delete(resolve(root));
}

/** The edition of `root` (default: the one held, else the working directory's project). */
export function getEdition(root: string = registry.root ?? process.cwd()): Edition {
  root = resolve(root);
  let edition = registry.editions.get(root);
  if (!edition) registry.editions.set(root, (edition = loadEdition(root)));
  return edition;
}
