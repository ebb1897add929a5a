/**
 * A term's related terms, as its page lists them: those an editor named
 * (`related` in either term's file, so the relation shows both ways), then
 * those its definition names or whose definition names it.
 */
import type { Entity, Lexicon } from './lexicon.ts';

/** For each term, the terms its definition names (computed once per lexicon: every term page asks). */
const mentionsByLexicon = new WeakMap<Lexicon, Map<Entity, Set<Entity>>>();

function mentions(lexicon: Lexicon): Map<Entity, Set<Entity>> {
  let map = mentionsByLexicon.get(lexicon);
  if (!map) {
    map = new Map();
    for (const entity of lexicon.entities) {
      const definition = entity.term?.definition;
      if (definition === undefined) continue;
      const found = lexicon.matcherIn(definition).scan(definition);
      map.set(entity, new Set(found.filter((f) => !f.excluded && f.entity.kind === 'term').map((f) => f.entity)));
    }
    mentionsByLexicon.set(lexicon, map);
  }
  return map;
}

export function relatedTerms(lexicon: Lexicon, entity: Entity): Entity[] {
  const term = entity.term;
  if (!term) return [];
  const terms = lexicon.entities.filter((e) => e.term && e !== entity);
  // Annex 2 terms in their order, then terms defined in the text by name.
  const inPlanOrder = (a: Entity, b: Entity) => (a.term!.number ?? 1000) - (b.term!.number ?? 1000) || a.name.localeCompare(b.name, 'zh-CN');
  const named = terms.filter((e) => term.related.includes(e.id) || e.term!.related.includes(term.id));
  named.sort((a, b) => {
    const rank = (e: Entity) => (term.related.includes(e.id) ? term.related.indexOf(e.id) : 100);
    return rank(a) - rank(b) || inPlanOrder(a, b);
  });
  const byTerm = mentions(lexicon);
  const own = byTerm.get(entity)!;
  const byDefinition = terms.filter((e) => !named.includes(e) && (own.has(e) || byTerm.get(e)!.has(entity)));
  byDefinition.sort(inPlanOrder);
  return [...named, ...byDefinition];
}
