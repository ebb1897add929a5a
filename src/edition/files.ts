/**
 * One content file as the edition reads it: the text, its YAML data (the
 * frontmatter of an MDX file, or the whole YAML file) with the line of every
 * field, and its MDX body with the line it starts on, so that every problem
 * can point an editor at a line.
 *
 * Parsing never throws: what is wrong with a file's structure is kept on it as
 * `parseErrors`, for the content check to report. A structure the YAML parser
 * accepts but an editor cannot have meant (a list item whose indentation
 * joined it to the item above, a mistyped frontmatter fence) is an error too,
 * and the file's data is then left out, so that no later check reports its
 * consequences as something else.
 */
import { LineCounter, parseDocument, visit, type Document, type Scalar } from 'yaml';
import type { CollectionName } from '../schemas.ts';

/** What is wrong: YAML syntax, an indentation that joined two entries, a mistyped fence, or no frontmatter at all. */
export type ParseErrorKind = 'syntax' | 'indentation' | 'fence' | 'no-frontmatter';

export interface ParseError {
  line: number;
  kind: ParseErrorKind;
  message: string;
}

export interface DataFile {
  /** Path relative to the project root, as editors see it: content/errata.yaml. */
  path: string;
  exists: boolean;
  /** The parsed YAML; undefined when the file has parse errors. */
  data: unknown;
  parseErrors: ParseError[];
  /** Line of a data field (undefined when unknown). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface ContentFile extends DataFile {
  collection: CollectionName;
  /** The file name without extension: the entry's id and the last part of its URL. */
  id: string;
  /** The file's whole text. */
  text: string;
  /** The MDX body ('' for YAML files). */
  body: string;
  /** 1-based line of the MDX body's first line (0 for YAML files). */
  bodyLine: number;
}

/** An MDX file: YAML between two lines of three hyphens, then the body. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** A line an editor meant as a fence: hyphens or dashes of any count and width. */
const FENCE_LIKE = /^[-‐‑‒–—―－]+[ \t]*$/;
/** A continuation line of a plain YAML value that reads as a list item or a field of its own. */
const LOOKS_LIKE_ENTRY = /^\s*(?:-\s|-$|[A-Za-z_][\w.-]*:(?:\s|$))/;

const lines = (text: string) => text.split(/\r?\n/);

/**
 * Plain values that the YAML parser joined across lines although the next
 * line reads as an entry of its own: “- miao-pi” followed by a “- ling-pao-dong”
 * indented deeper becomes the one value “miao-pi - ling-pao-dong”.
 */
function joinedEntries(doc: Document, text: string, lineCounter: LineCounter, lineOffset: number): ParseError[] {
  const errors: ParseError[] = [];
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (node.type !== 'PLAIN' || !node.range) return;
      const [start, end] = node.range;
      const first = lineCounter.linePos(start).line;
      const source = lines(text.slice(start, end));
      source.slice(1).forEach((line, i) => {
        if (!LOOKS_LIKE_ENTRY.test(line)) return;
        const at = lineOffset + first + i + 1;
        errors.push({
          line: at,
          kind: 'indentation',
          message:
            `第 ${at} 行“${line.trim()}”的缩进与上一行不一致，被并进了上一行的值“${String(node.value)}”。` +
            '同一列表的各项（以“- ”开头）和同一层的字段须左端对齐，请调整这一行开头的空格',
        });
      });
    },
  });
  return errors;
}

function parseYaml(text: string, lineOffset: number): Pick<DataFile, 'data' | 'parseErrors' | 'lineOf'> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const errors: ParseError[] = doc.errors.map((error) => ({
    line: lineOffset + (error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line),
    kind: 'syntax',
    message: error.code === 'DUPLICATE_KEY' ? `同一个字段写了两次（${error.message}）：请把这两处合并为一处` : error.message.split('\n')[0]!,
  }));
  if (errors.length === 0) errors.push(...joinedEntries(doc, text, lineCounter, lineOffset));
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lineOffset + lineCounter.linePos(range[0]).line;
    }
    return undefined;
  };
  return { data: errors.length === 0 ? (doc.toJS() ?? {}) : undefined, parseErrors: errors, lineOf };
}

const noLines = () => undefined;

/** Where the frontmatter of an MDX file went wrong, when it cannot be read. */
function frontmatterError(text: string): ParseError {
  const all = lines(text);
  const first = all[0] ?? '';
  if (first !== '---' && FENCE_LIKE.test(first.trim())) {
    return {
      line: 1,
      kind: 'fence',
      message: `第 1 行“${first.trim()}”应为三个半角减号 ---，标记字段部分（frontmatter）的开始；请改正这一行`,
    };
  }
  if (first.trim() === '---') {
    const closing = all.findIndex((line, i) => i > 0 && FENCE_LIKE.test(line.trim()));
    if (closing !== -1) {
      return {
        line: closing + 1,
        kind: 'fence',
        message: `第 ${closing + 1} 行“${all[closing]!.trim()}”应为三个半角减号 ---，标记字段部分（frontmatter）的结束；请改正这一行`,
      };
    }
    return {
      line: 1,
      kind: 'fence',
      message: '字段部分（frontmatter）只有开始的 --- 而没有结束的 ---：请在最后一个字段之后加一行 ---',
    };
  }
  return {
    line: 1,
    kind: 'no-frontmatter',
    message: '文件开头缺少由两行 --- 包围的字段部分（frontmatter），请参照同一文件夹中的其他文件补上',
  };
}

/** Parses a content file's text; `path` is relative to the project root (content/glossary/miao-pi.mdx). */
export function parseContentFile(collection: CollectionName, path: string, text: string): ContentFile {
  const id = path.replace(/^.*\//, '').replace(/\.(mdx|yaml)$/, '');
  const base = { collection, id, path, exists: true, text };
  if (path.endsWith('.yaml')) return { ...base, body: '', bodyLine: 0, ...parseYaml(text, 0) };
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { ...base, body: text, bodyLine: 1, data: undefined, parseErrors: [frontmatterError(text)], lineOf: noLines };
  }
  return {
    ...base,
    body: text.slice(match[0].length),
    bodyLine: lines(match[0]).length,
    ...parseYaml(match[1]!, 1),
  };
}

/** Parses a YAML data file outside the collections (content/errata.yaml); `text` undefined when it does not exist. */
export function parseDataFile(path: string, text: string | undefined): DataFile {
  if (text === undefined) return { path, exists: false, data: {}, parseErrors: [], lineOf: noLines };
  return { path, exists: true, ...parseYaml(text, 0) };
}
