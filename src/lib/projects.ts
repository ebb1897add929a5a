/** How projects are grouped and labelled in the edition. */
import { NETWORK_CATEGORIES } from '../schemas.ts';

/**
 * 三网 category of a project; projects outside the three networks (专栏 of
 * 政务云, 政务网, 大数据中心, 数据治理) belong to the plan's 数字底座
 * (“云、网、数”, 第二章第三节).
 */
export const BASE_CATEGORY = '数字底座';
export const PROJECT_CATEGORIES = [...NETWORK_CATEGORIES, BASE_CATEGORY] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

export function projectCategory(category: (typeof NETWORK_CATEGORIES)[number] | null): ProjectCategory {
  return category ?? BASE_CATEGORY;
}

/** ASCII ids for form controls and CSS (一网通办 → tongban). */
export const CATEGORY_SLUGS: Record<ProjectCategory, string> = {
  一网通办: 'tongban',
  一网统管: 'tongguan',
  一网协同: 'xietong',
  数字底座: 'base',
};
