/**
 * Mistakes an editor can make in content/, one of each kind the content check
 * knows, as edits to a copy of the edition: for the test that the check and
 * the build reject every one of them with the same message
 * (test/src/integrations/edition.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TempEdition } from './temp-edition.ts';

/** The content check's own bad-input fixtures (test/src/edition/check/fixtures/). */
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'src', 'edition', 'check', 'fixtures', name), 'utf8');

export interface EditorMistake {
  name: string;
  make(edition: TempEdition): void;
  /** The file the check must name, and the English key its message ends with. */
  path: string;
  key: string;
}

const append = (text: string) => (t: string) => `${t}\n${text}\n`;

/** Fills in one of plan.yaml's document metadata fields, left empty by the import. */
export const fillPlanField = (key: string, value: string) => (t: string) => t.replace(new RegExp(`^  ${key}:$`, 'm'), `  ${key}: ${value}`);

/** A check fixture saved as content file `to`; the report names `path` (default: `to`). */
const fromFixture = (name: string, file: string, to: string, key: string, path = to): EditorMistake => ({
  name: `${name} (fixture ${file})`,
  make: (e) => e.write(to, fixture(file)),
  path,
  key,
});

export const EDITOR_MISTAKES: readonly EditorMistake[] = [
  {
    name: 'a search synonym pointing at a name the plan does not have',
    make: (e) => e.edit('content/synonyms.yaml', append('  - words: [掌上办事]\n    see: [掌上粤省事]')),
    path: 'content/synonyms.yaml',
    key: 'name not found in the plan',
  },
  {
    name: 'a target that is not a number',
    make: (e) => e.edit('content/indicators/03.yaml', (t) => t.replace(/^target: .*$/m, 'target: 三百')),
    path: 'content/indicators/03.yaml',
    key: 'must be a number',
  },
  {
    name: 'a misspelt field',
    make: (e) => e.edit('content/glossary/san-wang-rong-he.mdx', (t) => t.replace('aliases:', 'alias:')),
    path: 'content/glossary/san-wang-rong-he.mdx',
    key: 'unknown field',
  },
  {
    name: 'a list item indented under the one above',
    make: (e) => e.edit('content/glossary/miao-pi.mdx', (t) => t.replace(/^aliases: \[\]$/m, 'aliases: []\nrelated:\n  - si-mian\n    - ling-pao-dong')),
    path: 'content/glossary/miao-pi.mdx',
    key: 'YAML structure error: indentation',
  },
  {
    name: 'a frontmatter fence typed with two hyphens',
    make: (e) => e.edit('content/glossary/miao-pi.mdx', (t) => t.replace(/^---\n/, '--\n')),
    path: 'content/glossary/miao-pi.mdx',
    key: 'YAML structure error: frontmatter fence',
  },
  {
    name: 'a stray brace in the text',
    make: (e) => e.edit('content/projects/04-02.mdx', (t) => t.replace('持续优化系统功能', '持续优化{系统功能')),
    path: 'content/projects/04-02.mdx',
    key: 'MDX syntax error',
  },
  {
    name: 'a misspelt component',
    make: (e) => e.edit('content/projects/04-02.mdx', append('<EditorNote>\n编者的话。\n</EditorNote>')),
    path: 'content/projects/04-02.mdx',
    key: 'unknown component',
  },
  {
    name: 'a chapter component in a glossary term',
    make: (e) => e.edit('content/glossary/miao-pi.mdx', append('<Zhuanlan number={4} />')),
    path: 'content/glossary/miao-pi.mdx',
    key: 'unknown component',
  },
  {
    name: 'a change to the plan’s words without an errata entry',
    make: (e) => e.edit('content/chapters/chapter-4.mdx', (t) => t.replace('按照统一标准清晰', '按照统一标准清洗')),
    path: 'content/chapters/chapter-4.mdx',
    key: 'plan text changed without an errata entry',
  },
  {
    name: 'an alias another term has',
    make: (e) => e.edit('content/glossary/miao-pi.mdx', (t) => t.replace(/^aliases: \[\]$/m, 'aliases:\n  - “一网通办”')),
    path: 'content/glossary/miao-pi.mdx',
    key: 'same alias on two terms',
  },
  {
    name: 'a related term that does not exist',
    make: (e) => e.edit('content/glossary/miao-pi.mdx', (t) => t.replace(/^aliases: \[\]$/m, 'aliases: []\nrelated:\n  - 四免')),
    path: 'content/glossary/miao-pi.mdx',
    key: 'unknown related term',
  },
  {
    name: 'an exclusion that cannot apply',
    make: (e) => e.edit('content/glossary/miao-pi.mdx', (t) => t.replace(/^aliases: \[\]$/m, 'aliases: []\nexclude:\n  - 审批')),
    path: 'content/glossary/miao-pi.mdx',
    key: 'an exclusion must contain the name and more',
  },
  {
    name: 'a term saved with the wrong extension',
    make: (e) => e.write('content/glossary/yi-ren-wei-ben.md', '---\nterm: 以人为本\n---\n\n以人为本，服务为先。\n'),
    path: 'content/glossary/yi-ren-wei-ben.md',
    key: 'file ignored by the build: wrong extension',
  },
  {
    name: 'a redirect to a page that does not exist',
    make: (e) =>
      e.write('content/redirects.yaml', 'redirects:\n  - from: /glossary/old/\n    to: /glossary/no-such-term/\n    reason: 测试。\n    date: 2026-11-20\n'),
    path: 'content/redirects.yaml',
    key: 'redirect to a page that does not exist',
  },
  {
    name: 'a change note written in English',
    make: (e) =>
      e.edit('content/changes.yaml', (t) =>
        t.replace(/^changes:\n/m, 'changes:\n  - date: 2026-12-01\n    files: [content/glossary/miao-pi.mdx]\n    note: Fix typo\n'),
      ),
    path: 'content/changes.yaml',
    key: 'must be written in Chinese',
  },
  {
    name: 'a change note on a file that is not there',
    make: (e) =>
      e.edit('content/changes.yaml', (t) =>
        t.replace(/^changes:\n/m, 'changes:\n  - date: 2026-12-01\n    files: [content/glossary/miao-pi-fu-wu.mdx]\n    note: 补充说明。\n'),
      ),
    path: 'content/changes.yaml',
    key: 'no such file',
  },
  {
    name: 'a document the plan cites removed from the list of cited documents',
    make: (e) => e.edit('content/documents.yaml', (t) => t.replace(/ {2}- id: guang-dong-gong-gong-shu-ju\n {4}title: .*\n {4}level: .*\n/, '')),
    path: 'content/documents.yaml',
    key: 'cited document not listed',
  },
  {
    name: 'a 成文日期 that is not a real date',
    make: (e) => e.edit('content/plan.yaml', fillPlanField('written', '2022-02-30')),
    path: 'content/plan.yaml',
    key: 'not a real date',
  },
  {
    name: 'a 文号 in square brackets',
    make: (e) => e.edit('content/plan.yaml', fillPlanField('documentNumber', '汕府[2022]12号')),
    path: 'content/plan.yaml',
    key: 'document number as 机关代字〔年份〕序号号',
  },
  {
    name: 'an official source that is not a URL',
    make: (e) => e.edit('content/plan.yaml', fillPlanField('source', 'www.shantou.gov.cn')),
    path: 'content/plan.yaml',
    key: 'must be a URL',
  },
  fromFixture('a term whose frontmatter does not parse', 'term-bad-yaml.mdx', 'content/glossary/yi-ren-wei-ben.mdx', 'YAML syntax error'),
  fromFixture('a term without frontmatter', 'term-no-frontmatter.mdx', 'content/glossary/yi-ren-wei-ben.mdx', 'missing frontmatter'),
  fromFixture('a second file for a term', 'term-duplicate-name.mdx', 'content/glossary/miao-pi-2.mdx', 'duplicate term', 'content/glossary/miao-pi.mdx'),
  fromFixture(
    'a new term whose definition is not the plan’s',
    'term-not-quoted.mdx',
    'content/glossary/yi-ren-wei-ben.mdx',
    'definition not found in the plan',
  ),
  fromFixture('incomplete errata entries', 'errata-broken.yaml', 'content/errata.yaml', 'required field missing'),
  fromFixture('broken redirects', 'redirects-broken.yaml', 'content/redirects.yaml', 'redirect from a live page'),
  {
    name: 'an erratum whose original is not in the plan',
    make: (e) =>
      e.write(
        'content/errata.yaml',
        'errata:\n  - id: 1\n    file: content/chapters/chapter-4.mdx\n    original: 并不存在的原文\n    corrected: 并不存在的更正\n    reason: 测试。\n    date: 2026-11-20\n',
      ),
    path: 'content/errata.yaml',
    key: 'erratum original not found in the plan',
  },
  // Content that would run code or deface a page (every form: test/src/edition/check/safety.test.ts).
  {
    name: 'a script, an event handler and a javascript: link in a chapter’s editorial note',
    make: (e) =>
      e.edit(
        'content/chapters/chapter-1.mdx',
        append(
          `<EditorialNote>\n编者注：<script>document.title="PWNED"</script><img src="x" onerror="document.title='IMG'" />[点这里](javascript:alert(1))\n</EditorialNote>`,
        ),
      ),
    path: 'content/chapters/chapter-1.mdx',
    key: 'HTML not allowed',
  },
  {
    name: 'a javascript: link in a term’s editorial note',
    make: (e) => e.edit('content/glossary/si-mian.mdx', append('<EditorialNote>\n编者注：[详见](JavaScript:alert(1))\n</EditorialNote>')),
    path: 'content/glossary/si-mian.mdx',
    key: 'unsafe link',
  },
  {
    name: 'an SVG with onload in a project’s editorial note',
    make: (e) => e.edit('content/projects/04-02.mdx', append(`<EditorialNote>\n编者注：<svg onload="document.title='SVG'" />\n</EditorialNote>`)),
    path: 'content/projects/04-02.mdx',
    key: 'HTML not allowed',
  },
  {
    name: 'code in an editorial note’s label',
    make: (e) => e.edit('content/projects/04-02.mdx', append('<EditorialNote label={alert(1)}>\n编者注。\n</EditorialNote>')),
    path: 'content/projects/04-02.mdx',
    key: 'code not allowed',
  },
  {
    name: 'markup in an indicator’s note',
    make: (e) => e.edit('content/indicators/03.yaml', (t) => t.replace(/^notes: \[\]$/m, 'notes:\n  - "<img src=x onerror=alert(1)>"')),
    path: 'content/indicators/03.yaml',
    key: 'HTML not allowed',
  },
  {
    name: 'a javascript: address in the plan’s status note',
    make: (e) => e.edit('content/plan.yaml', fillPlanField('statusNote', '"javascript:alert(1)"')),
    path: 'content/plan.yaml',
    key: 'unsafe link',
  },
];
