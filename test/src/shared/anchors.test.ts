/** Citations read back from anchor ids. */
import { describe, expect, it } from 'vitest';
import { passageCitation } from '../../../src/shared/anchors.ts';

describe('passageCitation', () => {
  it('cites the plan’s text as readers write it', () => {
    expect(passageCitation('s2', '第四章')).toBe('第四章第二节');
    expect(passageCitation('s2-1-1-p3', '第四章')).toBe('第四章第二节一（一）第3段');
    expect(passageCitation('p2', '引言')).toBe('引言第2段');
    expect(passageCitation('zl4', '第四章')).toBe('第四章专栏 4');
    expect(passageCitation('zl8-13', '第四章')).toBe('第四章专栏 8 第13项');
  });

  it('cites indicators, methods, phases and the terms of 附件 2', () => {
    expect(passageCitation('indicator-5', '第二章第三节表 1')).toBe('表 1 第5项');
    expect(passageCitation('method-5', '')).toBe('附件 1 第5项');
    expect(passageCitation('phase-2', '第五章')).toBe('第二阶段');
    expect(passageCitation('term-7', '附件2')).toBe('附件 2 第 7 条');
  });

  it('has nothing to say about the page top or other ids', () => {
    expect(passageCitation('top', '第四章')).toBeNull();
    expect(passageCitation(null, '第四章')).toBeNull();
    expect(passageCitation('project-text', '')).toBeNull();
  });
});
