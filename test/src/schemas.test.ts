import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEdition } from '../../src/edition/check/index.ts';
import { loadEdition } from '../../src/edition/index.ts';
import { formatProblem } from '../../src/edition/check/problems.ts';
import { indicatorSchema, projectSchema } from '../../src/schemas.ts';
import { ROOT } from '../helpers/dist.ts';

function contentWith(path: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'edition-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const file = join(root, 'content', path);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return root;
}

describe('content schemas', () => {
  it('accept every entry of content/', () => {
    expect(validateEdition(loadEdition(ROOT)).map(formatProblem)).toEqual([]);
  });

  it('keep a printed value such as 8.0 as written', () => {
    const parsed = indicatorSchema.parse({
      number: 7,
      category: '数字化履职能力',
      name: '政务服务“好差评”',
      unit: '分',
      local: false,
      baseline: '8.0',
      target: 9.5,
      method: '数据统计',
    });
    expect(parsed.baseline).toBe('8.0');
    expect(parsed.target).toBe('9.5');
  });

  it('reject a 三网 category the plan does not have', () => {
    const result = projectSchema.safeParse({ title: 'x', zhuanlan: '04', order: 1, category: '一网通管' });
    expect(result.success).toBe(false);
  });

  it('name the file, line and field of a target that is not a number', () => {
    const root = contentWith('indicators/03.yaml', (t) => t.replace(/^target: .*$/m, 'target: 三百'));
    const messages = validateEdition(loadEdition(root)).map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^✗ content\/indicators\/03\.yaml:\d+ 字段 target：目标值 target必须是数字/);
  });

  it('name the missing field of a project', () => {
    const root = contentWith('projects/04-02.mdx', (t) => t.replace(/^order: .*\n/m, ''));
    const messages = validateEdition(loadEdition(root)).map(formatProblem);
    expect(messages).toEqual([expect.stringMatching(/content\/projects\/04-02\.mdx(:\d+)? 字段 order：缺少必填字段 order/)]);
  });
});
