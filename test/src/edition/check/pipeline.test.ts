/**
 * What the build's own plugins and cross-links would stop on, reported by the
 * check before any build: on copies of a small fixture project
 * (test/src/plugins/fixtures/crosslinks) with one more file or line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pipelineOf } from '../../../../src/edition/check/pipeline.ts';
import { checkReferences } from '../../../../src/edition/check/references.ts';
import { checkSchema } from '../../../../src/edition/check/schema.ts';
import { loadEdition, type Edition } from '../../../../src/edition/index.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'plugins', 'fixtures', 'crosslinks');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture project with `files` written into its content/. */
function fixtureWith(files: Record<string, string | ((text: string) => string)>): Edition {
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, 'content', path);
    writeFileSync(file, typeof text === 'string' ? text : text(readFileSync(file, 'utf8')));
  }
  return loadEdition(dir);
}

describe('content check: what the build would stop on', () => {
  it('passes the fixture project as it is', () => {
    expect(pipelineOf(loadEdition(FIXTURE)).problems).toEqual([]);
  });

  it('names two terms that share a spelling across quotes, naming both files and the field and line', () => {
    const edition = fixtureWith({ 'glossary/zz-mian.mdx': '---\nterm: 免提交\naliases:\n  - “四免”\nnumber: 9\n---\n\n材料免提交。\n' });
    expect(checkReferences(edition.files)).toEqual([
      expect.objectContaining({
        path: 'content/glossary/zz-mian.mdx',
        field: 'aliases.0',
        line: 4,
        message: expect.stringMatching(/content\/glossary\/si-mian\.mdx.*\(same alias on two terms\)$/),
      }),
    ]);
  });

  it('names a project title that is also a term', () => {
    const edition = fixtureWith({ 'glossary/zheng-wu-yun.mdx': '---\nterm: 政务云\naliases: []\nnumber: 9\n---\n\n政务云。\n' });
    expect(checkReferences(edition.files).map((p) => [p.path, p.field, p.message.endsWith('(same alias on two terms)')])).toEqual([
      ['content/projects/01-02.mdx', 'title', true],
    ]);
  });

  it('names names that cross in the text, on the line where they do, with the files involved', () => {
    const edition = fixtureWith({
      'glossary/tong-guan-li.mdx': '---\nterm: 统管理\naliases: []\nnumber: 9\n---\n\n统一管理。\n',
      'chapters/chapter-1.mdx': (text) => `${text}\n推进一网统管理。\n`,
    });
    const chapter = readFileSync(join(edition.root, 'content/chapters/chapter-1.mdx'), 'utf8');
    const [problem, ...rest] = pipelineOf(edition).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ path: 'content/chapters/chapter-1.mdx', line: chapter.split('\n').indexOf('推进一网统管理。') + 1 });
    expect(problem!.message).toMatch(
      /“一网统管”（一网统管）与“统管理”（统管理）交叉重叠.*yi-wang-tong-guan\.mdx.*tong-guan-li\.mdx.*\(names cross in the text and would mislink\)$/,
    );
  });

  it('names an exclusion that does not contain the term', () => {
    const edition = fixtureWith({ 'glossary/shu-ju.mdx': '---\nterm: 数据\naliases: []\nnumber: 9\nexclude:\n  - 大平台\n---\n\n数据。\n' });
    expect(pipelineOf(edition).problems).toEqual([
      expect.objectContaining({ path: 'content/glossary/shu-ju.mdx', message: expect.stringContaining('exclude.0“大平台”不包含名词“数据”') }),
    ]);
  });

  it('names a heading the anchors plugin cannot number, on its line', () => {
    const edition = fixtureWith({ 'chapters/chapter-1.mdx': (text) => `${text}\n## 第一部分　不合规划编号的标题\n` });
    const chapter = readFileSync(join(edition.root, 'content/chapters/chapter-1.mdx'), 'utf8');
    expect(pipelineOf(edition).problems).toEqual([
      expect.objectContaining({
        path: 'content/chapters/chapter-1.mdx',
        line: chapter.split('\n').indexOf('## 第一部分　不合规划编号的标题') + 1,
        message: expect.stringMatching(/标题“第一部分　不合规划编号的标题”不符合规划的编号层级.*\(heading does not follow the plan's numbering\)$/),
      }),
    ]);
  });

  it('names a term the schema rejects', () => {
    const edition = fixtureWith({ 'glossary/bad.mdx': '---\nterm: 坏\naliases: []\n---\n\n没有出处。\n' });
    expect(checkSchema(edition.file('content/glossary/bad.mdx')!)).toEqual([
      expect.objectContaining({ field: 'number', message: expect.stringContaining('名词必须且只能有一个出处') }),
    ]);
  });
});
