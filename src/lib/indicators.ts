/** How an indicator's figures read: “-” in the plan means no baseline, not zero. */
export const NO_BASELINE = '无基线';

export function indicatorTitle(indicator: { name: string; unit: string }): string {
  return `${indicator.name}（${indicator.unit}）`;
}

export function displayBaseline(baseline: string | null): string {
  return baseline ?? NO_BASELINE;
}
