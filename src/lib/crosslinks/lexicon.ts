/**
 * The names the edition links: every glossary term (with its aliases) and
 * every 专栏 project title, compiled into one matcher that finds them in the
 * plan's text leftmost-longest (一网统管 before any shorter name inside it).
 *
 * Building the lexicon enforces the guards that keep links honest; a problem
 * names the content files and what to change, and the build stops. (Names
 * that cross each other in the text are caught where the text is read:
 * crossings() in occurrences.ts.)
 */
import { keyPattern, nameKey, trimQuotes } from './normalize.ts';

export type EntityKind = 'term' | 'project';

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
  /** The plain-text definition (terms) or description (projects) shown in the preview. */
  summary: string;
  term?: TermSource;
  project?: ProjectSource;
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
  files: string[];
  message: string;
}

export class LexiconError extends Error {
  readonly problems: readonly LexiconProblem[];
  constructor(problems: readonly LexiconProblem[]) {
    super(
      `交叉链接的名词表有 ${problems.length} 处问题 (cross-link lexicon problems):\n` +
        problems.map((p) => `  ${p.files.join(' + ')}: ${p.message}`).join('\n'),
    );
    this.name = 'LexiconError';
    this.problems = problems;
  }
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
  const exclusions = new Map(
    entities.map((e) => [e, e.exclude.map((text) => new RegExp(keyPattern(nameKey(text), { edgeQuotes: false }), 'gu'))]),
  );

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

const termHref = (id: string) => `/glossary/${id}/`;
const projectHref = (id: string) => `/projects/${id}/`;

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
    keys: [...new Set(forms.map(nameKey))],
    exclude: term.exclude,
    summary: term.definition,
    term,
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
    keys: [nameKey(project.title)],
    exclude: [],
    summary: projectSummary(project),
    project,
  };
}

/** Problems that make linking ambiguous or wrong; empty when the lexicon is sound. */
export function lexiconProblems(entities: readonly Entity[]): LexiconProblem[] {
  const problems: LexiconProblem[] = [];

  // Two entries may not claim the same spelling: a link could not know where to go.
  const owners = new Map<string, { entity: Entity; form: string }>();
  for (const entity of entities) {
    entity.forms.forEach((form) => {
      const key = nameKey(form);
      if (key === '') {
        problems.push({ files: [entity.file], message: `名称或别名“${form}”只有引号，无法匹配 (a name made of quotes only)` });
        return;
      }
      const owner = owners.get(key);
      if (owner && owner.entity !== entity) {
        problems.push({
          files: [owner.entity.file, entity.file],
          message:
            `“${owner.form}”（${owner.entity.name}）与“${form}”（${entity.name}）是同一写法，链接无法确定指向哪一条；` +
            `请删去其中一个别名 (two entries share an alias)`,
        });
      } else if (!owner) owners.set(key, { entity, form });
    });
  }

  // An exclusion must contain one of the entry's own spellings, or it can never apply.
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

/** The lexicon of all terms and projects; throws LexiconError when a guard fails. */
export function buildLexicon(terms: readonly TermSource[], projects: readonly ProjectSource[]): Lexicon {
  const entities = [...terms.map(termEntity), ...projects.map(projectEntity)];
  const matcher = createMatcher(entities);
  const problems = lexiconProblems(entities);
  for (const term of terms) {
    term.related.forEach((id, index) => {
      if (!terms.some((t) => t.id === id)) {
        problems.push({ files: [term.file], message: `related.${index}“${id}”不是 content/glossary 中的名词文件名 (unknown related term)` });
      }
    });
  }
  if (problems.length > 0) throw new LexiconError(problems);
  const single = new Map<Entity, Matcher>();
  const subsets = new Map<string, Matcher>();
  const candidates = (text: string) => {
    const folded = nameKey(text);
    return entities.filter((e) => e.keys.some((key) => folded.includes(key)));
  };
  return {
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
}
