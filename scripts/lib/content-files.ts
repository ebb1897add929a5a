/**
 * Reads content/ the way Astro's loaders do (YAML data, MDX with YAML
 * frontmatter), keeping line positions so problems can point at a line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTION_FILES, type CollectionName } from '../../src/schemas.ts';

export interface ContentFile {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as editors see it. */
  path: string;
  data: unknown;
  body: string;
  /** 1-based line of the MDX body's first line (0 for YAML files). */
  bodyLine: number;
  /** Parse problems in the frontmatter or YAML: reported, never thrown. */
  parseErrors: { line: number; message: string }[];
  /** Line of a data field, for messages (undefined when unknown). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function yamlFile(text: string, lineOffset: number) {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const parseErrors = doc.errors.map((error) => ({
    line: lineOffset + (error.linePos?.[0]?.line ?? 1),
    message: error.message.split('\n')[0]!,
  }));
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lineOffset + lineCounter.linePos(range[0]).line;
    }
    return undefined;
  };
  return { data: parseErrors.length === 0 ? doc.toJS() : undefined, parseErrors, lineOf };
}

export function readContentFile(root: string, collection: CollectionName, file: string): ContentFile {
  return parseContentFile(collection, relative(root, file), readFileSync(file, 'utf8'));
}

/** Parses a content file's text; `path` is relative to the project root (content/…). */
export function parseContentFile(collection: CollectionName, path: string, text: string): ContentFile {
  const id = path.replace(/^.*\//, '').replace(/\.(mdx|yaml)$/, '');
  if (path.endsWith('.yaml')) {
    return { collection, id, path, body: '', bodyLine: 0, ...yamlFile(text, 0) };
  }
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      collection, id, path, data: undefined, body: text, bodyLine: 1,
      parseErrors: [{ line: 1, message: '文件开头缺少 --- 包围的 frontmatter (missing frontmatter)' }],
      lineOf: () => undefined,
    };
  }
  const frontmatterLines = match[0].split('\n').length - 1;
  return {
    collection, id, path,
    body: text.slice(match[0].length),
    bodyLine: frontmatterLines + 1,
    ...yamlFile(match[1]!, 1),
  };
}

export function readCollection(root: string, collection: CollectionName): ContentFile[] {
  const { dir, ext } = COLLECTION_FILES[collection];
  const folder = join(root, 'content', dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(`.${ext}`))
    .sort()
    .map((name) => readContentFile(root, collection, join(folder, name)));
}

export function readAllContent(root: string): ContentFile[] {
  return (Object.keys(COLLECTION_FILES) as CollectionName[]).flatMap((name) => readCollection(root, name));
}

/** A YAML file outside the collections, such as content/errata.yaml. */
export type DataFile = Pick<ContentFile, 'path' | 'data' | 'parseErrors' | 'lineOf'> & { exists: boolean };

/** Reads a YAML file given relative to the project root; a missing file reads as empty. */
export function readDataFile(root: string, path: string): DataFile {
  const file = join(root, path);
  if (!existsSync(file)) return { path, exists: false, data: {}, parseErrors: [], lineOf: () => undefined };
  return { path, exists: true, ...yamlFile(readFileSync(file, 'utf8'), 0) };
}
