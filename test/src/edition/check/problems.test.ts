import { describe, expect, it } from 'vitest';
import { formatGithubAnnotations } from '../../../../src/edition/check/problems.ts';

describe('formatGithubAnnotations', () => {
  it('puts each problem on its file and line, with the field in the title', () => {
    const out = formatGithubAnnotations([
      { path: 'content/indicators/03.yaml', line: 4, field: 'target', message: '目标值应为数字 (must be a number)' },
      { path: 'content/glossary/yi-ren-wei-ben.md', message: '扩展名错误，构建会忽略此文件 (file ignored by the build: wrong extension)' },
    ]);
    expect(out.split('\n')).toEqual([
      '::error file=content/indicators/03.yaml,line=4,title=内容检查：字段 target::目标值应为数字 (must be a number)',
      '::error file=content/glossary/yi-ren-wei-ben.md,title=内容检查::扩展名错误，构建会忽略此文件 (file ignored by the build: wrong extension)',
    ]);
  });

  it('escapes what the runner would read as the end of a property or of the command', () => {
    const [line] = formatGithubAnnotations([{ path: 'content/a,b.mdx', line: 2, field: 'x:y', message: '第一行\n第二行 100%' }]).split('\n');
    expect(line).toBe('::error file=content/a%2Cb.mdx,line=2,title=内容检查：字段 x%3Ay::第一行%0A第二行 100%25');
  });
});
