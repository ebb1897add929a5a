/**
 * The site-wide contents (every chapter with its 节, then the edition's other
 * parts) and a chapter's outline, as HTML strings. Every page carries the
 * tree, and it grows with the plan: rendered by Astro components on each page
 * it cost pages × headings element renders, a build cost that grew faster
 * than the content. It differs between pages only in which entry is the
 * current page, so each variant is built once per edition and reused
 * (src/components/layout/ContentsTree.astro). The markup is the one the
 * components wrote before, byte for byte.
 */
import { derived, getEdition, type Edition } from '../edition/index.ts';
import { escapeAttribute, escapeText } from '../shared/html.ts';
import { chapterHeading, chapterHref, PRIMARY_NAV } from './navigation.ts';
import { getPlanStructure } from './plan-index.ts';
import { outline, type HeadingPlace } from './plan-structure.ts';
import { sitePath } from './site-path.ts';

const link = (href: string, text: string, current = false) =>
  `<a href="${escapeAttribute(href)}"${current ? ' aria-current="page"' : ''}>${escapeText(text)}</a>`;

/** One chapter's 节 (and, with `withItems`, their 一、 headings) as nested lists: shared by the contents tree and 目录. */
export function chapterOutlineHtml(href: string, headings: readonly HeadingPlace[], withItems: boolean): string {
  const sections = outline(headings);
  if (sections.length === 0) return '';
  const item = ({ section, items }: (typeof sections)[number]) => {
    const sub = withItems && items.length > 0 ? `<ol>${items.map((h) => `<li>${link(`${href}#${h.anchor}`, h.text)}</li>`).join('')}</ol>` : '';
    return `<li>${link(`${href}#${section.anchor}`, section.text)}${sub}</li>`;
  };
  return `<ol>${sections.map(item).join('')}</ol>`;
}

/** The entries other than chapters: the primary navigation, less 目录 (the tree is the contents). */
const extras = () => PRIMARY_NAV.filter((item) => item.href !== sitePath('/contents/'));

function buildTree(edition: Edition, current: string, id: string, label: string): string {
  const chapters = getPlanStructure(edition).map(({ chapter, headings }) => {
    const href = chapterHref(chapter);
    const here = current === href;
    return `<li${here ? ' class="is-current"' : ''}>${link(href, chapterHeading(chapter), here)}${chapterOutlineHtml(href, headings, here)}</li>`;
  });
  const others = extras().map((item) => `<li>${link(item.href, item.label, current === item.href)}</li>`);
  return (
    `<nav class="contents-tree" aria-label="${escapeAttribute(label)}" id="${escapeAttribute(id)}" data-pagefind-ignore="all">` +
    `<ol class="contents-tree__chapters">${chapters.join('')}</ol><ul class="contents-tree__extras">${others.join('')}</ul></nav>`
  );
}

/** The tree's entries (chapters, then the other parts) and the variants built so far for this edition. */
const treesOf = derived('contents-trees', (edition: Edition) => ({
  entries: new Set([...getPlanStructure(edition).map(({ chapter }) => chapterHref(chapter)), ...extras().map((item) => item.href)]),
  built: new Map<string, string>(),
}));

/** The tree for the page at URL path `current` (e.g. /chapter-4/): the current entry is marked aria-current and a current chapter lists its 一、 headings. */
export function contentsTreeHtml(current: string, id: string, label: string, edition: Edition = getEdition()): string {
  const { entries, built } = treesOf(edition);
  // Pages that are no entry of the tree (a term, a project) all share one variant.
  const here = entries.has(current) ? current : '';
  const variant = `${here}\n${id}\n${label}`;
  let tree = built.get(variant);
  if (tree === undefined) {
    tree = buildTree(edition, here, id, label);
    built.set(variant, tree);
  }
  return tree;
}
