import { describe, expect, it } from 'vitest';
import { planStatus } from '../../../src/lib/plan-status.ts';

const period = { start: 2021, end: 2025 };

describe('plan status (时效性)', () => {
  it('has ended once the last year of the period is over', () => {
    expect(planStatus(period, new Date('2026-12-01T12:00:00Z'))).toEqual({ state: 'ended', text: '规划期为 2021—2025 年，已于 2025 年底结束。' });
  });

  it('is current from the first day of the first year to the last day of the last', () => {
    expect(planStatus(period, new Date('2021-01-01T00:30:00+08:00')).state).toBe('current');
    expect(planStatus(period, new Date('2023-06-15T00:00:00Z'))).toEqual({ state: 'current', text: '规划期为 2021—2025 年，现处于规划期内。' });
    expect(planStatus(period, new Date('2025-12-31T23:30:00+08:00')).state).toBe('current');
  });

  it('has not begun before its first year', () => {
    expect(planStatus(period, new Date('2020-07-01T00:00:00Z'))).toEqual({ state: 'upcoming', text: '规划期为 2021—2025 年，尚未开始。' });
  });

  it('counts years in China Standard Time, whatever the build machine’s zone', () => {
    // 2026-01-01 00:30 in Shantou is still 2025 in UTC.
    expect(planStatus(period, new Date('2025-12-31T16:30:00Z')).state).toBe('ended');
    expect(planStatus(period, new Date('2025-12-31T15:30:00Z')).state).toBe('current');
  });

  it('names a one-year period once', () => {
    expect(planStatus({ start: 2025, end: 2025 }, new Date('2027-01-01T12:00:00Z')).text).toBe('规划期为 2025 年，已于 2025 年底结束。');
  });
});
