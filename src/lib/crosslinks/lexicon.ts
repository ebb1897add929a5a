/**
 * The names the edition links: every glossary term (with its aliases), every
 * 专栏 project title and every document the plan cites in 《》, compiled into one matcher that finds them in the
 * plan's text leftmost-longest (一网统管 before any shorter name inside it).
 *
 * Building the lexicon reports what would make links wrong (exclusions that
 * cannot apply); the content check reports it with the files to change, and
 * the build does not start. (Names that cross each other in the text are
 * caught where the text is read: crossingsIn() in occurrences.ts.)
 */
import { nameKey } from '../../shared/normalize.ts';
import { keyPattern, trimQuotes } from './name-pattern.ts';
import { sitePath } from '../site-path.ts';
import { citedDocumentPath, projectPath, termPath } from '../../edition/routes.ts';

export type EntityKind = 'term' | 'project' | 'document';

/** A glossary term as read from content/glossary (definition as plain text). */
export interface TermSource {
  id: string;
  file: string;
  term: string;
  aliases: readonly string[];
  exclude: readonly string[];
  related: readonly string[];
  number?: number | undefined;
  definedIn?: { chapter: string; section: number } | undefined;
  definition: string;
}

/** A 专栏 project as read from content/projects (text as plain text). */
export interface ProjectSource {
  id: string;
  file: string;
  title: string;
  order: number;
  box: { number: number; title: string };
  text: string;
}

/** A document the plan cites, as listed in content/documents.yaml (editorial: its level and note). */
export interface DocumentSource {
  id: string;
  file: string;
  title: string;
  level: string;
  note?: string | undefined;
}

export interface Entity {
  kind: EntityKind;
  id: string;
  /** `term:si-mian`, `project:04-02`: what a link's data-xref names. */
  ref: string;
  name: string;
  file: string;
  href: string;
  /** The name and its aliases as written in the content file. */
  forms: readonly string[];
  keys: readonly string[];
  /** Contexts in which a form is not this entity (a false hit). */
  exclude: readonly string[];
  /** The plain-text definition (terms), description (projects) or editors' note (documents) shown in the preview. */
  summary: string;
  term?: TermSource;
  project?: ProjectSource;
  document?: DocumentSource;
}

export interface Found {
  entity: Entity;
  /** Where the raw match starts in the text, quotes around it included. */
  index: number;
  raw: string;
  /** Quotes that stay outside the link, and the linked text. */
  lead: string;
  core: string;
  trail: string;
  /** The linked text's span in the text. */
  start: number;
  end: number;
  /** The match lies in one of the entity's exclusion contexts. */
  excluded: boolean;
}

export interface Matcher {
  /** Global regex over the entities' forms; each match resolves with `resolve`. */
  readonly regex: RegExp;
  resolve(raw: string, index: number, input: string): Found;
  /** Every match in `text`, leftmost-longest; excluded ones are included, flagged. */
  scan(text: string): Found[];
}

export interface Lexicon {
  entities: readonly Entity[];
  byRef: ReadonlyMap<string, Entity>;
  /** All entities together: what the plugin links. */
  matcher: Matcher;
  /** One entity alone: what counts its occurrences (nested ones included). */
  matcherFor(entity: Entity): Matcher;
  /**
   * The entities that may occur in `text`: a cheap prefilter (their folded
   * name is a substring of the folded text) before running their matchers.
   */
  candidates(text: string): Entity[];
  /**
   * The all-entities matcher cut down to the candidates of `text`: it finds
   * exactly what `matcher` finds there, but a regex of a few alternatives
   * runs far faster than one of hundreds.
   */
  matcherIn(text: string): Matcher;
}

export interface LexiconProblem {
  /** The file to change first, then the others involved. */
  files: string[];
  /** Line in the first file's MDX body, where there is one. */
  line?: number | undefined;
  message: string;
}

function exclusionSpans(patterns: readonly RegExp[], input: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(input); m; m = pattern.exec(input)) {
      spans.push([m.index, m.index + m[0].length]);
      pattern.lastIndex = m.index + 1;
    }
  }
  return spans;
}

export function createMatcher(entities: readonly Entity[]): Matcher {
  const byKey = new Map<string, Entity>();
  for (const entity of entities) for (const key of entity.keys) if (!byKey.has(key)) byKey.set(key, entity);
  const keys = [...byKey.keys()].sort((a, b) => [...b].length - [...a].length || a.localeCompare(b));
  const source = keys.map((key) => `(?:${keyPattern(key)})`).join('|');
  // An impossible pattern when there is nothing to match, so callers need no special case.
  const regex = new RegExp(source || '(?!)', 'gu');
  const exclusions = new Map(entities.map((e) => [e, e.exclude.map((text) => new RegExp(keyPattern(nameKey(text), { edgeQuotes: false }), 'gu'))]));

  const resolve = (raw: string, index: number, input: string): Found => {
    const entity = byKey.get(nameKey(raw));
    if (!entity) throw new Error(`crosslinks: “${raw}” matched no known name (internal error)`);
    const { lead, core, trail } = trimQuotes(raw);
    const start = index + lead.length;
    const end = start + core.length;
    const excluded = exclusionSpans(exclusions.get(entity)!, input).some(([s, e]) => s <= start && end <= e);
    return { entity, index, raw, lead, core, trail, start, end, excluded };
  };

  // Same stepping as mdast-util-find-and-replace: after a match the search goes
  // on behind it; after an excluded one it goes on from the next character, so
  // that another name overlapping the false hit can still be found.
  const scan = (text: string): Found[] => {
    const found: Found[] = [];
    const pattern = new RegExp(regex.source, regex.flags);
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const hit = resolve(m[0], m.index, text);
      found.push(hit);
      if (hit.excluded) pattern.lastIndex = m.index + 1;
    }
    return found;
  };

  return { regex, resolve, scan };
}

const termHref = (id: string) => sitePath(termPath(id));
const projectHref = (id: string) => sitePath(projectPath(id));

function projectSummary(project: ProjectSource): string {
  const lead = `${project.title}。`;
  return project.text.startsWith(lead) ? project.text.slice(lead.length) : project.text;
}

function termEntity(term: TermSource): Entity {
  const forms = [term.term, ...term.aliases];
  return {
    kind: 'term',
    id: term.id,
    ref: `term:${term.id}`,
    name: term.term,
    file: term.file,
    href: termHref(term.id),
    forms,
    // A name made of quotes only has no key (the content check reports it).
    keys: [...new Set(forms.map(nameKey))].filter(Boolean),
    exclude: term.exclude,
    summary: term.definition,
    term,
  };
}

function documentEntity(document: DocumentSource): Entity {
  return {
    kind: 'document',
    id: document.id,
    ref: `document:${document.id}`,
    name: document.title,
    file: document.file,
    href: sitePath(citedDocumentPath(document.id)),
    forms: [document.title],
    keys: [nameKey(document.title)].filter(Boolean),
    exclude: [],
    summary: document.note ?? `规划引用的${document.level}文件。引用文件页列出规划中提到它的每一处。`,
    document,
  };
}

function projectEntity(project: ProjectSource): Entity {
  return {
    kind: 'project',
    id: project.id,
    ref: `project:${project.id}`,
    name: project.title,
    file: project.file,
    href: projectHref(project.id),
    forms: [project.title],
    keys: [nameKey(project.title)].filter(Boolean),
    exclude: [],
    summary: projectSummary(project),
    project,
  };
}

/**
 * Exclusions that can never apply: each must quote a passage that contains
 * one of the entry's own spellings and more. (That no spelling belongs to two
 * entries is the content check's rule: src/edition/check/references.ts.)
 */
export function lexiconProblems(entities: readonly Entity[]): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  for (const entity of entities) {
    entity.exclude.forEach((context, index) => {
      const key = nameKey(context);
      if (!entity.keys.some((k) => key.includes(k) && key !== k)) {
        problems.push({
          files: [entity.file],
          message:
            `exclude.${index}“${context}”不包含名词“${entity.name}”或其别名（或与之完全相同），不会生效；` +
            `请写出误匹配处包含该名词的一段原文 (an exclusion must contain the name and more)`,
        });
      }
    });
  }
  return problems;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entities one of whose keys ends here. */
  ends: Entity[];
}

/**
 * The entities whose names (keys) occur in `folded` text, found in one pass
 * over the text with a trie of all keys: from each position the walk goes
 * only as deep as the text still spells some key, so the cost is the text's
 * length times the length of the names — not the number of names, however
 * many share their first characters.
 */
function candidateFinder(entities: readonly Entity[]): (text: string) => Entity[] {
  const order = new Map(entities.map((entity, index) => [entity, index]));
  const root: TrieNode = { next: new Map(), ends: [] };
  for (const entity of entities) {
    for (const key of entity.keys) {
      let node = root;
      // By UTF-16 unit, as the text is read below.
      for (let k = 0; k < key.length; k += 1) {
        let child = node.next.get(key[k]!);
        if (!child) node.next.set(key[k]!, (child = { next: new Map(), ends: [] }));
        node = child;
      }
      node.ends.push(entity);
    }
  }
  return (text) => {
    const folded = nameKey(text);
    const found = new Set<Entity>();
    for (let i = 0; i < folded.length; i += 1) {
      let node = root.next.get(folded[i]!);
      for (let j = i + 1; node; j += 1) {
        for (const entity of node.ends) found.add(entity);
        node = j < folded.length ? node.next.get(folded[j]!) : undefined;
      }
    }
    // In the lexicon's order.
    return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
  };
}

/** The lexicon of all terms, projects and cited documents, and what makes it ambiguous (empty when it is sound). */
export function buildLexicon(
  terms: readonly TermSource[],
  projects: readonly ProjectSource[],
  documents: readonly DocumentSource[] = [],
): { lexicon: Lexicon; problems: LexiconProblem[] } {
  const entities = [...terms.map(termEntity), ...projects.map(projectEntity), ...documents.map(documentEntity)];
  const matcher = createMatcher(entities);
  const problems = lexiconProblems(entities);
  const single = new Map<Entity, Matcher>();
  const subsets = new Map<string, Matcher>();
  const candidates = candidateFinder(entities);
  const lexicon: Lexicon = {
    entities,
    byRef: new Map(entities.map((e) => [e.ref, e])),
    matcher,
    matcherFor(entity) {
      let m = single.get(entity);
      if (!m) single.set(entity, (m = createMatcher([entity])));
      return m;
    },
    candidates,
    matcherIn(text) {
      const subset = candidates(text);
      const key = subset.map((e) => e.ref).join('|');
      let m = subsets.get(key);
      if (!m) subsets.set(key, (m = createMatcher(subset)));
      return m;
    },
  };
  return { lexicon, problems };
}
