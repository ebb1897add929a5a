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
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadEdition, type ContentFile } from '../../src/edition/index.ts';

type Data = Record<string, unknown>;

const WHOLE_COLLECTION = /^<(IndicatorTable|IndicatorMethods|GlossaryList|Zhuanlan)\b[^\n]*\/>\n?/gm;

const yamlText = (data: Data) => stringify(data, { lineWidth: 0 });
const mdxText = (data: Data, body: string) => `---\n${yamlText(data)}---\n${body}`;

/** Writes the synthetic edition under a new folder and returns it (it holds content/). */
export function syntheticEdition(source: string, times = 10): string {
  const root = mkdtempSync(join(tmpdir(), 'edition-x10-'));
  const content = join(root, 'content');
  cpSync(join(source, 'content'), content, { recursive: true });
  const edition = loadEdition(source);
  const data = (file: ContentFile) => file.data as Data;
  const indicatorCount = edition.collection('indicators').length;
  const phaseCount = edition.collection('timeline').length;

  for (let copy = 2; copy <= times; copy += 1) {
    const suffix = `-r${copy}`;
    const offset = copy - 1;
    const out = (dir: string, name: string, text: string) => {
      mkdirSync(join(content, dir), { recursive: true });
      writeFileSync(join(content, dir, name), text);
    };
    const name = (file: ContentFile) => file.path.replace(/^.*\//, '').replace(/\.(mdx|yaml)$/, `${suffix}.$1`);
    for (const file of edition.collection('chapters')) {
      out('chapters', name(file), mdxText({ ...data(file), order: Number(data(file).order) + offset * 100 }, file.body.replace(WHOLE_COLLECTION, '')));
    }
    for (const file of edition.collection('projects')) {
      // Project names are linked wherever they occur, so each copy gets its own name.
      out(
        'projects',
        name(file),
        mdxText({ ...data(file), title: `${String(data(file).title)}（${copy}）`, order: Number(data(file).order) + offset * 100 }, file.body),
      );
    }
    for (const file of edition.collection('glossary')) {
      const mark = (text: unknown) => `${String(text)}（${copy}）`;
      // Exclusions quote the original name, which a renamed copy no longer has.
      const { number: _number, label: _label, separator: _separator, exclude: _exclude, ...rest } = data(file);
      const definedIn = rest.definedIn as Data | undefined;
      out(
        'glossary',
        name(file),
        mdxText(
          {
            ...rest,
            term: mark(rest.term),
            aliases: ((rest.aliases ?? []) as unknown[]).map(mark),
            related: ((rest.related ?? []) as unknown[]).map((id) => `${String(id)}${suffix}`),
            // A copy of an Annex 2 term is placed as a term defined in the body of its copied chapter.
            definedIn: definedIn ? { ...definedIn, chapter: `${String(definedIn.chapter)}${suffix}` } : { chapter: `chapter-2${suffix}`, section: 1 },
          },
          file.body,
        ),
      );
    }
    for (const file of edition.collection('indicators')) {
      out('indicators', name(file), yamlText({ ...data(file), number: Number(data(file).number) + offset * indicatorCount }));
    }
    for (const file of edition.collection('timeline')) {
      out('timeline', name(file), yamlText({ ...data(file), phase: Number(data(file).phase) + offset * phaseCount }));
    }
  }
  return root;
}
