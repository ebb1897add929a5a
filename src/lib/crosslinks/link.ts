/**
 * Links the names of the lexicon in one MDX tree: the core of the remark
 * plugin, kept apart so that the build report can replay it on every file and
 * say why a name was or was not linked.
 *
 * Output, per linked name (first in its section by default):
 *
 *   <p>… <a class="xref xref--term" href="/glossary/si-mian/" data-xref="term:si-mian"
 *          data-xref-n="1" aria-describedby="xref-chapter-4-1-text">四免</a><button class="xref-toggle"
 *          popovertarget="xref-chapter-4-1" aria-label="查看“四免”的释义"></button> …</p>
 *   <div class="xref-cards" data-pagefind-ignore="all">
 *     <div class="xref-card" id="xref-chapter-4-1" data-xref-n="1" popover>…definition…</div>
 *   </div>
 *
 * The paragraph keeps exactly its words (the button has no text); the
 * definition lives after the paragraph, hidden until the link is hovered or
 * focused (CSS shows it below the paragraph, over nothing) or the button is
 * tapped (a native popover). Without CSS or JavaScript it is a plain link.
 */
import type { Element, ElementContent } from 'hast';
import type { Link, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import { citation } from '../../shared/anchors.ts';
import type { Entity, Found, Lexicon } from './lexicon.ts';
import { opensQuote } from './name-pattern.ts';
import { mdxFileOf } from '../../edition/index.ts';
import type { Corpus } from './sources.ts';
import { isUnlinkable } from './text.ts';

/** Which occurrence gets the link: the first per 节 (default), per heading, per paragraph, per page, or every one. */
export type LinkScope = 'section' | 'subsection' | 'paragraph' | 'page' | 'occurrence';
export const LINK_SCOPES: readonly LinkScope[] = ['section', 'subsection', 'paragraph', 'page', 'occurrence'];
/** The edition's choice, used by the plugin and by the build report alike: change it here. */
export const LINK_SCOPE: LinkScope = 'section';

/** The CSS shows hover and focus previews for this many links per paragraph. */
export const MAX_LINKS_PER_BLOCK = 24;

export type DocumentKind = 'chapter' | 'project' | 'glossary';

export interface LinkTarget {
  kind: DocumentKind;
  /** chapter-4, 04-02, si-mian */
  id: string;
  /** content/chapters/chapter-4.mdx, for messages. */
  file: string;
}

export type Decision = 'linked' | 'repeat' | 'self' | 'definition' | 'excluded';

export interface LinkEvent {
  entity: Entity;
  decision: Decision;
  core: string;
  line: number | undefined;
}

export interface LinkOptions {
  scope?: LinkScope;
}

const KINDS: Record<string, DocumentKind> = { chapters: 'chapter', projects: 'project', glossary: 'glossary' };

/** …/content/chapters/chapter-4.mdx → { kind: 'chapter', id: 'chapter-4' }; undefined for files outside the collections. */
export function targetOf(path: string): LinkTarget | undefined {
  const content = mdxFileOf(path);
  const kind = content && KINDS[content.folder];
  return kind ? { kind, id: content.id, file: content.path } : undefined;
}

/** The preview's first line: what the entry is and where it comes from. */
export function entityLabel(entity: Entity, corpus: Corpus): string {
  if (entity.project) return `专栏 ${entity.project.box.number}　${entity.project.box.title}`;
  if (entity.document) return `引用文件 · ${entity.document.level}`;
  const term = entity.term!;
  if (term.number !== undefined) return `附件 2 名词解释 · 第 ${term.number} 条`;
  const chapter = corpus.chapters.find((c) => c.id === term.definedIn!.chapter);
  return `正文释义 · ${citation(chapter?.label ?? term.definedIn!.chapter, [term.definedIn!.section])}`;
}

const PREVIEW_LENGTH = 120;

function previewText(entity: Entity): string {
  const chars = [...entity.summary];
  return chars.length > PREVIEW_LENGTH ? `${chars.slice(0, PREVIEW_LENGTH).join('')}……` : entity.summary;
}

const text = (value: string): Text => ({ type: 'text', value });

function card(entity: Entity, id: string, n: number, first: boolean, corpus: Corpus): Element {
  const children: ElementContent[] = [
    // Spans, not <p>: MDX element overrides for <p> (the 全文 page drops paragraph ids) must not touch the card.
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['xref-card__head'] },
      children: [
        // Not a tab stop: the link in the text is the same link, and this one hides when focus leaves it.
        {
          type: 'element',
          tagName: 'a',
          properties: { href: entity.href, tabIndex: -1, className: ['xref-card__name'] },
          children: [{ type: 'text', value: entity.name }],
        },
        { type: 'element', tagName: 'span', properties: { className: ['xref-card__kind'] }, children: [{ type: 'text', value: entityLabel(entity, corpus) }] },
      ],
    },
    // The link's accessible description: the definition alone, without the name and the 关闭 button.
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['xref-card__text'], id: `${id}-text` },
      children: [{ type: 'text', value: previewText(entity) }],
    },
    {
      type: 'element',
      tagName: 'button',
      properties: { type: 'button', className: ['xref-card__close'], popoverTarget: id, popoverTargetAction: 'hide' },
      children: [{ type: 'text', value: '关闭' }],
    },
  ];
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['xref-card', `xref-card--${entity.kind}`], id, dataXrefN: String(n), dataXrefFirst: first ? '' : undefined, popover: 'auto' },
    children,
  };
}

interface CardsNode {
  type: 'crosslinkCards';
  data: { hName: 'div'; hProperties: Record<string, unknown>; hChildren: Element[] };
}

/** Scope of each top-level block: which blocks share "the first occurrence". */
function scopes(tree: Root, scope: LinkScope): Map<RootContent, string> {
  const keys = new Map<RootContent, string>();
  let section = 0;
  let heading = 0;
  tree.children.forEach((block, index) => {
    if (block.type === 'heading') {
      heading += 1;
      if (block.depth <= 2) section += 1;
    }
    const key = { section: `s${section}`, subsection: `h${heading}`, paragraph: `b${index}`, page: 'page', occurrence: '' }[scope];
    keys.set(block, key);
  });
  return keys;
}

/** Spans of body-defined terms' own definitions in `input` (never linked to themselves). */
function inOwnDefinition(found: Found, input: string, target: LinkTarget): boolean {
  const term = found.entity.term;
  if (!term?.definedIn || target.kind !== 'chapter' || term.definedIn.chapter !== target.id) return false;
  for (let at = input.indexOf(term.definition); at !== -1; at = input.indexOf(term.definition, at + 1)) {
    if (at <= found.start && found.end <= at + term.definition.length) return true;
  }
  return false;
}

function isXref(node: { type: string; data?: unknown }): boolean {
  const props = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
  return node.type === 'link' && typeof props?.['dataXref'] === 'string';
}

/** A guard, not a rule: linking skips headings, so a link in one means the walk is broken. */
function assertNoLinkInHeading(tree: Root, target: LinkTarget): void {
  for (const block of tree.children) {
    if (block.type !== 'heading') continue;
    const stack: { type: string; data?: unknown; children?: unknown }[] = [...block.children];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isXref(node)) {
        throw new Error(`${target.file}:${block.position?.start.line ?? '?'}: 链接落在了标题里，标题不得加交叉链接 (a cross-link would land in a heading)`);
      }
      if (Array.isArray(node.children)) stack.push(...(node.children as typeof stack));
    }
  }
}

/**
 * Links `tree` (an MDX file of content/) in place and returns what happened
 * to every name found. Glossary files are left alone: their text is the
 * definitions themselves, shown in the 附件 2 list and on the term pages.
 */
export function linkTree(tree: Root, target: LinkTarget, lexicon: Lexicon, corpus: Corpus, options: LinkOptions = {}): LinkEvent[] {
  const events: LinkEvent[] = [];
  if (target.kind === 'glossary') return events;
  const scope = options.scope ?? LINK_SCOPE;
  const scopeOf = scopes(tree, scope);
  const self = target.kind === 'project' ? lexicon.byRef.get(`project:${target.id}`) : undefined;
  const linkedIn = new Set<string>();
  const firstInFile = new Set<string>();
  const cards = new Map<RootContent, Element[]>();
  let counter = 0;
  const idPrefix = `xref-${target.kind === 'project' ? 'project-' : ''}${target.id}`;

  // The block being linked and its matcher, set by the loop below for the replace callback.
  let block: RootContent | undefined;
  let matcher = lexicon.matcher;

  const replace = (raw: string, match: RegExpMatchObject): PhrasingContent[] | string | false => {
    const found = matcher.resolve(raw, match.index, match.input);
    const textNode = match.stack.at(-1) as Text;
    const line = textNode.position?.start.line;
    const event = (decision: Decision) => events.push({ entity: found.entity, decision, core: found.core, line });
    if (found.excluded) {
      event('excluded');
      return false;
    }
    if (found.entity === self) {
      event('self');
      return raw;
    }
    if (inOwnDefinition(found, match.input, target)) {
      event('definition');
      return raw;
    }
    const key = scope === 'occurrence' ? `o${counter}` : `${scopeOf.get(block!)}|${found.entity.ref}`;
    if (linkedIn.has(key)) {
      event('repeat');
      return raw;
    }
    linkedIn.add(key);
    event('linked');

    const blockCards = cards.get(block!) ?? [];
    cards.set(block!, blockCards);
    const n = blockCards.length + 1;
    if (n > MAX_LINKS_PER_BLOCK) {
      throw new Error(
        `${target.file}:${line ?? '?'}: 一段文字中的链接超过 ${MAX_LINKS_PER_BLOCK} 个，预览样式不够用；` +
          `请调高 MAX_LINKS_PER_BLOCK 并在 crosslinks.css 中补足规则 (too many links in one block)`,
      );
    }
    counter += 1;
    const id = `${idPrefix}-${counter}`;
    const first = !firstInFile.has(found.entity.ref);
    firstInFile.add(found.entity.ref);
    blockCards.push(card(found.entity, id, n, first, corpus));

    const link: Link = {
      type: 'link',
      url: found.entity.href,
      children: [text(found.core)],
      data: {
        hProperties: {
          className: ['xref', `xref--${found.entity.kind}`],
          dataXref: found.entity.ref,
          dataXrefN: String(n),
          ariaDescribedBy: [`${id}-text`],
          ...(first ? { dataXrefFirst: '' } : {}),
        },
      },
    };
    const toggle = {
      type: 'crosslinkToggle',
      data: {
        hName: 'button',
        hProperties: { type: 'button', className: ['xref-toggle'], popoverTarget: id, ariaLabel: `查看“${found.entity.name}”的释义` },
        hChildren: [],
      },
    } as unknown as PhrasingContent;
    // A closing quote stays with the name, the button after it: a line never starts with ” or ends in “.
    // (The trail is only quotes: trimQuotes.)
    const closing = found.trail !== '' && !opensQuote(found.trail[0]!);
    return [
      ...(found.lead ? [text(found.lead)] : []),
      link,
      ...(closing ? [text(found.trail), toggle] : [toggle, ...(found.trail ? [text(found.trail)] : [])]),
    ];
  };

  // Block by block, each with the matcher cut down to the names its text may hold.
  for (const child of tree.children) {
    if (isUnlinkable(child)) continue;
    block = child;
    matcher = lexicon.matcherIn(toString(child));
    findAndReplace(child, [new RegExp(matcher.regex.source, matcher.regex.flags), replace], {
      ignore: (node) => isUnlinkable(node as { type: string }),
    });
  }

  assertNoLinkInHeading(tree, target);
  if (cards.size > 0) {
    tree.children = tree.children.flatMap((block) => {
      const own = cards.get(block);
      if (!own) return [block];
      const container: CardsNode = {
        type: 'crosslinkCards',
        data: { hName: 'div', hProperties: { className: ['xref-cards'], dataPagefindIgnore: 'all' }, hChildren: own },
      };
      return [block, container as unknown as RootContent];
    });
  }
  return events;
}
