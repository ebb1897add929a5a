/** axe-core as the browser tests run it: the rules of WCAG 2.1 levels A and AA. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The rules of WCAG_21_AA whose outcome depends on colours (axe-core's `cat.color`). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * An audit of the page as shown: every rule in the light theme; in the dark
 * theme, which changes nothing but colours, the rules that read colours.
 */
export function audit(page: Page, colorScheme: 'light' | 'dark' = 'light'): AxeBuilder {
  const builder = new AxeBuilder({ page });
  return colorScheme === 'light' ? builder.withTags(WCAG_21_AA) : builder.withRules(COLOUR_RULES);
}
