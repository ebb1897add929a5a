import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../src/lib/file-size.ts';

describe('formatFileSize', () => {
  it('says bytes below a kilobyte, one decimal below ten units, whole units above', () => {
    expect(formatFileSize(512)).toBe('512 字节');
    expect(formatFileSize(8602)).toBe('8.4 KB');
    expect(formatFileSize(129_024)).toBe('126 KB');
    expect(formatFileSize(3_040_870)).toBe('2.9 MB');
    expect(formatFileSize(31_457_280)).toBe('30 MB');
  });
});
