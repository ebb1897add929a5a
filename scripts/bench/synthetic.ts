/**
 * A synthetic edition ten times the size of the real one, for measuring how
 * the build and the pages grow: the plan's content repeated under new file
 * names (chapter-4-r2 …), with numbers, names and references renumbered so
 * that it is a valid edition. Components that list a whole collection
 * (Table 1, Annex 1, the Annex 2 list) and the 专栏 boxes stay in the
 * original chapters only: copied, each copy would list all ten copies and
 * grow quadratically. The plan has ten 专栏 (and the projects page's filter
 * is made for them), so the copied projects join the original ten boxes.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { COLLECTION_FILES } from '../../src/schemas.ts';

type Data = Record<string, unknown>;

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;
const WHOLE_COLLECTION = /^<(IndicatorTable|IndicatorMethods|GlossaryList|Zhuanlan)\b[^\n]*\/>\n?/gm;

function readMdx(text: string): { data: Data; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('synthetic edition: an MDX file without frontmatter');
  return { data: parse(match[1]!) as Data, body: text.slice(match[0].length) };
}
const writeMdx = (data: Data, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;
const yamlText = (data: Data) => stringify(data, { lineWidth: 0 });

/** Writes the synthetic edition under a new folder and returns it (it holds content/). */
export function syntheticEdition(source: string, times = 10): string {
  const root = mkdtempSync(join(tmpdir(), 'edition-x10-'));
  const content = join(root, 'content');
  cpSync(join(source, 'content'), content, { recursive: true });
  const files = (dir: string) => readdirSync(join(source, 'content', dir)).filter((n) => !n.startsWith('.'));
  const read = (dir: string, name: string) => readFileSync(join(source, 'content', dir, name), 'utf8');
  const counts = Object.fromEntries(Object.values(COLLECTION_FILES).map(({ dir }) => [dir, files(dir).length])) as Record<string, number>;
  const indicatorCount = counts.indicators!;
  const phaseCount = counts.timeline!;

  for (let copy = 2; copy <= times; copy += 1) {
    const suffix = `-r${copy}`;
    const offset = copy - 1;
    const out = (dir: string, name: string, text: string) => {
      mkdirSync(join(content, dir), { recursive: true });
      writeFileSync(join(content, dir, name), text);
    };
    for (const name of files('chapters')) {
      const { data, body } = readMdx(read('chapters', name));
      out('chapters', name.replace('.mdx', `${suffix}.mdx`), writeMdx({ ...data, order: Number(data.order) + offset * 100 }, body.replace(WHOLE_COLLECTION, '')));
    }
    for (const name of files('projects')) {
      const { data, body } = readMdx(read('projects', name));
      // Project names are linked wherever they occur, so each copy gets its own name.
      out('projects', name.replace('.mdx', `${suffix}.mdx`), writeMdx({ ...data, title: `${String(data.title)}（${copy}）`, order: Number(data.order) + offset * 100 }, body));
    }
    for (const name of files('glossary')) {
      const { data, body } = readMdx(read('glossary', name));
      const mark = (text: unknown) => `${String(text)}（${copy}）`;
      // Exclusions quote the original name, which a renamed copy no longer has.
      const { number: _number, label: _label, separator: _separator, exclude: _exclude, ...rest } = data;
      out('glossary', name.replace('.mdx', `${suffix}.mdx`), writeMdx({
        ...rest,
        term: mark(data.term),
        aliases: ((data.aliases ?? []) as unknown[]).map(mark),
        related: ((data.related ?? []) as unknown[]).map((id) => `${String(id)}${suffix}`),
        // A copy of an Annex 2 term is placed as a term defined in the body of its copied chapter.
        definedIn: data.definedIn
          ? { ...(data.definedIn as Data), chapter: `${String((data.definedIn as Data).chapter)}${suffix}` }
          : { chapter: `chapter-2${suffix}`, section: 1 },
      }, body));
    }
    for (const name of files('indicators')) {
      const data = parse(read('indicators', name)) as Data;
      out('indicators', name.replace('.yaml', `${suffix}.yaml`), yamlText({ ...data, number: Number(data.number) + offset * indicatorCount }));
    }
    for (const name of files('timeline')) {
      const data = parse(read('timeline', name)) as Data;
      out('timeline', name.replace('.yaml', `${suffix}.yaml`), yamlText({ ...data, phase: Number(data.phase) + offset * phaseCount }));
    }
  }
  return root;
}
