/**
 * The MDX components an editor may use in each collection's files, by name:
 * the one list the pages (src/components/content/index.ts) and the content
 * check (src/edition/check/components.ts) both follow, so that a component the
 * check accepts always renders. Chapters hold the plan's structure (专栏
 * boxes, figures, tables); every MDX file may hold an editorial note.
 */
import type { CollectionName } from '../schemas.ts';

export const EDITORIAL_NOTE = 'EditorialNote';

export const CONTENT_COMPONENTS = {
  chapters: [EDITORIAL_NOTE, 'Figure', 'GlossaryList', 'IndicatorMethods', 'IndicatorTable', 'Zhuanlan'],
  projects: [EDITORIAL_NOTE],
  glossary: [EDITORIAL_NOTE],
} as const satisfies Partial<Record<CollectionName, readonly string[]>>;

export type MdxCollection = keyof typeof CONTENT_COMPONENTS;
export type ContentComponentName = (typeof CONTENT_COMPONENTS)[MdxCollection][number];

/**
 * The attributes each component takes (its Props). A value is text
 * (label="…") or a JSON literal ({4}, {["…"]}): data, never code.
 */
export const COMPONENT_ATTRIBUTES: Record<ContentComponentName, readonly string[]> = {
  EditorialNote: ['label'],
  Figure: ['number'],
  GlossaryList: [],
  IndicatorMethods: ['columns'],
  IndicatorTable: ['caption', 'columns'],
  Zhuanlan: ['number'],
};

/** Every content component, in any collection. */
export const CONTENT_COMPONENT_NAMES = Object.keys(COMPONENT_ATTRIBUTES) as ContentComponentName[];

/** Whether `name` is one of the site's content components (in any collection). */
export function isContentComponent(name: string): name is ContentComponentName {
  return Object.hasOwn(COMPONENT_ATTRIBUTES, name);
}

/** Components whose content the edition adds (not the plan's words). */
export const EDITORIAL_COMPONENTS: ReadonlySet<string> = new Set([EDITORIAL_NOTE]);

/** Whether a JSX name in MDX is an HTML element rather than a component: <script>, and <SCRIPT> (HTML ignores case). */
export function isHtmlElementName(name: string): boolean {
  return /^[a-z]/.test(name) || (/^[A-Z][A-Z\d]*$/.test(name) && !isContentComponent(name));
}
