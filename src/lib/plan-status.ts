/**
 * 时效性: whether the plan's period has begun, is running or has ended, on a
 * given day (the build's). Only the period is judged: the plan says nothing of
 * when it ceases to apply, so the site states the period, not legal force.
 */

export interface Period {
  start: number;
  end: number;
}

export type PeriodState = 'upcoming' | 'current' | 'ended';

export interface PlanStatus {
  state: PeriodState;
  /** One sentence for readers, e.g. 规划期为 2021—2025 年，已于 2025 年底结束。 */
  text: string;
}

/** The plan is Shantou's: its days and years turn over in China Standard Time, whatever the build machine's zone. */
const CHINA_TIME = 'Asia/Shanghai';

/** Made once: every page states the plan's status, and making a formatter costs more than formatting. */
const YEAR_IN_CHINA = new Intl.DateTimeFormat('en', { timeZone: CHINA_TIME, year: 'numeric' });

function yearInChina(day: Date): number {
  return Number(YEAR_IN_CHINA.format(day));
}

/** The day in China as YYYY-MM-DD, e.g. the build date the open data name. */
export function dayInChina(day: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CHINA_TIME, year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
}

export function planStatus({ start, end }: Period, today: Date): PlanStatus {
  const year = yearInChina(today);
  const span = start === end ? `${start} 年` : `${start}—${end} 年`;
  if (year < start) return { state: 'upcoming', text: `规划期为 ${span}，尚未开始。` };
  if (year > end) return { state: 'ended', text: `规划期为 ${span}，已于 ${end} 年底结束。` };
  return { state: 'current', text: `规划期为 ${span}，现处于规划期内。` };
}
