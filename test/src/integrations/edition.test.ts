/**
 * The content check and the build agree. Every recipe of CONTRIBUTING.md,
 * applied to a copy of the edition, passes `npm run check` and builds, and
 * shows on the built pages; every kind of editor mistake fails both, with the
 * same report, and the build writes no page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode } from '../../../scripts/lib/run.ts';
import { ROOT } from '../../helpers/dist.ts';
import { EDITOR_MISTAKES, fillPlanField } from '../../helpers/editor-mistakes.ts';
import { buildTempEdition, renameTerm, tempEdition, type TempEdition } from '../../helpers/temp-edition.ts';
import { fromFile, type SearchTermsFile, type SearchTypingFile } from '../../../src/shared/search-entries.ts';

/** `npm run check` on a copy: the CLI in the copy's folder, as an editor runs it in theirs. */
const check = (edition: TempEdition, args: string[] = []) => runNode(join(ROOT, 'scripts', 'check.ts'), args, { cwd: edition.root });

const note = (text: string) => `\n<EditorialNote>\n${text}\n</EditorialNote>\n`;

/** Each recipe of CONTRIBUTING.md, as an editor would follow it. */
function applyRecipes(e: TempEdition): void {
  // 更正原文（勘误）: correct the words in the file and record the correction.
  e.edit('content/chapters/chapter-4.mdx', (t) => t.replace('按照统一标准清晰', '按照统一标准清洗'));
  e.write(
    'content/errata.yaml',
    'errata:\n  - id: 1\n    file: content/chapters/chapter-4.mdx\n    original: 按照统一标准清晰\n    corrected: 按照统一标准清洗\n' +
      '    reason: 数据治理中的“清洗”误印为“清晰”。\n    date: 2026-11-20\n',
  );
  // 新增名词: a term the text defines, quoted word for word.
  e.write(
    'content/glossary/yi-ren-wei-ben.mdx',
    '---\nterm: 以人为本\naliases: []\ndefinedIn:\n  chapter: chapter-2\n  section: 2\nrelated: []\n---\n\n以人为本，服务为先。\n',
  );
  // 别名与相关名词: an alias and a related term on an existing term.
  e.edit('content/glossary/ling-pao-dong.mdx', (t) => t.replace(/^aliases: \[\]$/m, 'aliases:\n  - 零跑腿'));
  e.edit('content/glossary/miao-pi.mdx', (t) => t.replace(/^aliases: \[\]$/m, 'aliases: []\nrelated:\n  - ling-pao-dong'));
  // 添加编者注: in a chapter, a term and a project.
  e.edit(
    'content/chapters/chapter-3.mdx',
    (t) => `${t}${note('编者注：第三章的说明，见[汕头市人民政府网站](https://www.shantou.gov.cn/)与本站[主要指标](/indicators/)。')}`,
  );
  e.edit('content/glossary/si-mian.mdx', (t) => `${t}${note('编者注：四免的说明。')}`);
  e.edit('content/projects/04-02.mdx', (t) => `${t}${note('编者注：项目的说明。')}`);
  // 更新指标: an editorial note on an indicator.
  e.edit('content/indicators/03.yaml', (t) => t.replace(/^notes: \[\]$/m, 'notes:\n  - 编者注：指标的最新进展。'));
  // 填写文件信息: the document metadata, as the official publication gives it.
  const filled = {
    issuer: '汕头市人民政府',
    documentNumber: '汕府〔2022〕12号',
    written: '2022-03-15',
    published: '2022-03-18',
    source: 'https://www.shantou.gov.cn/plan.pdf',
    subject: '信息产业',
    statusNote: '接续规划：《示例“十五五”规划》',
    dataNotice: '示例许可：可自由使用，请注明来源。',
  };
  e.edit('content/plan.yaml', (t) => Object.entries(filled).reduce((text, [key, value]) => fillPlanField(key, value)(text), t));
  // 改名或删除页面: rename a term and record the redirect.
  renameTerm(e, 'yi-jian-shi', 'yi-jian-shi-fu-wu');
  e.write(
    'content/redirects.yaml',
    'redirects:\n  - from: /glossary/yi-jian-shi/\n    to: /glossary/yi-jian-shi-fu-wu/\n    reason: 改用更完整的网址。\n    date: 2026-11-20\n',
  );
  // 添加搜索同义词: a reader's word, and the plan's names for it (a project and a heading).
  e.edit('content/synonyms.yaml', (t) => `${t}  - words: [掌上办事]\n    see: [粤省事, 数据整合共享有序开展]\n    note: 编辑添加。\n`);
  // 写修订说明: one sentence for readers on what this change did.
  e.edit('content/changes.yaml', (t) => t.replace(/^changes:\n/m, `changes:\n${CHANGE_NOTE}`));
}

const CHANGE_NOTE =
  '  - date: 2026-11-20\n    files:\n      - content/chapters/chapter-3.mdx\n      - content/glossary/si-mian.mdx\n    note: 为第三章和“四免”补充编者注。\n';

describe('every recipe of CONTRIBUTING.md', () => {
  const edition = tempEdition();
  applyRecipes(edition);
  let dist = '';
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  it('passes npm run check', async () => {
    const result = await check(edition);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('builds', async () => {
    const build = await buildTempEdition(edition);
    dist = build.dist;
    expect(build.status, build.output.slice(-3000)).toBe(0);
  }, 240_000);

  it('shows each recipe’s result on the built pages', () => {
    expect(page('chapter-4')).toMatch(/<ins class="correction" id="erratum-1"[^>]*>按照统一标准清洗<\/ins>/);
    // The correction is in the page's 修订记录 and in the feed.
    expect(page('chapter-4')).toMatch(/class="revisions__list"[^]*<a href="\/errata\/#erratum-1">更正 1<\/a>/);
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain('<title>更正 1：“按照统一标准清晰”改为“按照统一标准清洗”</title>');
    expect(page('glossary/yi-ren-wei-ben')).toContain('以人为本，服务为先。');
    expect(page('glossary/ling-pao-dong')).toMatch(/<dt[^>]*>别名<\/dt>\s*<dd[^>]*>零跑腿<\/dd>/);
    expect(page('glossary/miao-pi')).toMatch(/<a href="\/glossary\/ling-pao-dong\/"[^>]*>零跑动<\/a>/);
    for (const [path, text] of [
      ['chapter-3', '第三章的说明'],
      ['glossary/si-mian', '四免的说明'],
      ['projects/04-02', '项目的说明'],
      ['indicators', '指标的最新进展'],
    ]) {
      expect(page(path!), path).toContain(text);
    }
    expect(page('glossary/si-mian')).toMatch(/class="editorial-note"[^]*四免的说明/);
    // The change note: in the 修订记录 of the pages it touched, on /changes/ and in the feed.
    for (const path of ['chapter-3', 'glossary/si-mian', 'changes'])
      expect(page(path), path).toMatch(/class="revisions__list"[^]*为第三章和“四免”补充编者注。/);
    expect(page('chapter-4')).not.toContain('为第三章和“四免”补充编者注。');
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain('<title>为第三章和“四免”补充编者注。</title>');
    // A link in a note: to another site marked as such, and kept from the page (rel); within the site as written.
    expect(page('chapter-3')).toMatch(
      /<a href="https:\/\/www\.shantou\.gov\.cn\/" rel="noopener noreferrer">汕头市人民政府网站<span class="external-link" data-pagefind-ignore[^>]*>外部链接<\/span><\/a>/,
    );
    expect(page('chapter-3')).toContain('<a href="/indicators/">主要指标</a>');
    // The glossary page quotes the plan's words alone: a term's note is on its own page only.
    expect(page('glossary')).toContain('政府部门核发材料原则上免提交');
    expect(page('glossary')).not.toContain('四免的说明');
    expect(page('glossary')).toContain('href="/glossary/yi-ren-wei-ben/"');
    expect(existsSync(join(dist, 'glossary', 'yi-jian-shi-fu-wu', 'index.html'))).toBe(true);
    expect(page('glossary/yi-jian-shi')).toContain('href="/glossary/yi-jian-shi-fu-wu/"');
    const names = JSON.parse(readFileSync(join(dist, 'search-terms.json'), 'utf8')) as SearchTermsFile;
    const typing = JSON.parse(readFileSync(join(dist, 'search-typing.json'), 'utf8')) as SearchTypingFile;
    const synonym = typing.synonyms.find((s) => s.words.includes('掌上办事'));
    expect(synonym?.see.map((i) => fromFile(names.entries)[i]!.url)).toEqual(['/projects/04-03/', '/chapter-1/#s1-3']);
  });

  it('shows the filled-in document metadata on the home page, in every head, in citations and in the footer', () => {
    const home = page('');
    for (const [label, value] of [
      ['发文机关', '汕头市人民政府'],
      ['发文字号', '汕府〔2022〕12号'],
      ['主题分类', '信息产业'],
      ['成文日期', '2022-03-15'],
      ['发布日期', '2022-03-18'],
    ]) {
      expect(home, label).toMatch(new RegExp(`<dt>${label}</dt><dd>${value}</dd>`));
    }
    expect(home).toMatch(/<dt>官方来源<\/dt><dd><a href="https:\/\/www\.shantou\.gov\.cn\/plan\.pdf">/);
    expect(home).not.toContain('尚未核实补录');
    const chapter = page('chapter-3');
    const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(chapter)![1]!) as { '@graph': Record<string, unknown>[] };
    expect(data['@graph'].find((node) => node['@type'] === 'CreativeWork')).toMatchObject({
      publisher: { '@type': 'GovernmentOrganization', name: '汕头市人民政府' },
      identifier: { value: '汕府〔2022〕12号' },
      dateCreated: '2022-03-15',
      datePublished: '2022-03-18',
      url: 'https://www.shantou.gov.cn/plan.pdf',
    });
    expect(chapter).toMatch(
      /<template id="cite-bar-template"[^>]* data-issuer="汕头市人民政府" data-document-number="汕府〔2022〕12号" data-published="2022-03-18"/,
    );
    expect(chapter).toContain('规划原文以<a href="https://www.shantou.gov.cn/plan.pdf">官方发布的 PDF</a> 为准');
    expect(chapter).toMatch(/class="plan-status"[^]*<span class="legend-editorial">编者注<\/span>接续规划：《示例“十五五”规划》/);
    expect(page('data')).toMatch(/<p class="open-data__notice"[^>]*>示例许可：可自由使用，请注明来源。<\/p>/);
  });
});

describe('every kind of editor mistake', () => {
  it('is reported the same with --format github, which adds the annotations', async () => {
    const edition = tempEdition();
    EDITOR_MISTAKES[0]!.make(edition);
    const [plain, annotated] = await Promise.all([check(edition), check(edition, ['--format', 'github'])]);
    expect(plain.status).toBe(1);
    expect(annotated.status).toBe(1);
    expect(annotated.stderr).toBe(plain.stderr);
    expect(plain.stdout).not.toContain('::error');
    expect(annotated.stdout).toContain('::error');
  });

  // Side by side (at most vitest's maxConcurrency at once): each mistake is a check and a build in processes of
  // their own, and this file, among the slowest, should keep both cores busy when it runs last.
  it.concurrent.for(EDITOR_MISTAKES.map((mistake) => [mistake.name, mistake] as const))(
    '%s fails the check (annotated on its line for GitHub) and the build with the same report',
    { timeout: 60_000 },
    async ([, mistake], { expect }) => {
      const edition = tempEdition();
      mistake.make(edition);

      // The report an editor reads (the same with or without --format github, tested above) and, on a pull
      // request, the same problem as an annotation on the editor's file and line.
      const annotated = await check(edition, ['--format', 'github']);
      expect(annotated.status).toBe(1);
      const lines = annotated.stderr.trim().split('\n').filter(Boolean);
      const reported = lines.find((line) => line.startsWith(`✗ ${mistake.path}`) && line.endsWith(`(${mistake.key})`));
      expect(reported, annotated.stderr).toBeDefined();
      const line = /^✗ [^:：\s]+(?::(\d+))?/.exec(reported!)![1];
      const annotation = annotated.stdout
        .split('\n')
        .find((l) => l.startsWith(`::error file=${mistake.path}${line ? `,line=${line},` : ','}`) && l.endsWith(`(${mistake.key})`));
      expect(annotation, annotated.stdout).toMatch(/,title=内容检查[^:]*::.*\p{Script=Han}{4,}/u);

      const build = await buildTempEdition(edition);
      expect(build.status).not.toBe(0);
      for (const line of lines) expect(build.output, build.output.slice(-3000)).toContain(line);
      expect(build.output).not.toMatch(/\n\s+at .*\(.*\.(ts|js|mjs):\d+:\d+\)/);
      expect(existsSync(join(build.dist, 'index.html'))).toBe(false);
    },
  );
});
