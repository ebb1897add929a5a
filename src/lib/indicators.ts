/** How an indicator's figures read: “-” in the plan means no baseline, not zero. */
export const NO_BASELINE = '无基线';

export function indicatorTitle(indicator: { name: string; unit: string }): string {
  return `${indicator.name}（${indicator.unit}）`;
}

export function displayBaseline(baseline: string | null): string {
  return baseline ?? NO_BASELINE;
}

/** A figure with its unit, as a sentence writes it: 55 件, 1.2 万核, 80% (a percentage takes no space). */
export function withUnit(value: string, unit: string): string {
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}
