/**
 * A term's related terms, as its page lists them: those an editor named
 * (`related` in either term's file, so the relation shows both ways), then
 * those its definition names or whose definition names it.
 */
import type { Entity, Lexicon } from './lexicon.ts';

function mentionedIn(lexicon: Lexicon, text: string): Set<Entity> {
  return new Set(
    lexicon.matcher
      .scan(text)
      .filter((f) => !f.excluded && f.entity.kind === 'term')
      .map((f) => f.entity),
  );
}

export function relatedTerms(lexicon: Lexicon, entity: Entity): Entity[] {
  const term = entity.term;
  if (!term) return [];
  const terms = lexicon.entities.filter((e) => e.term && e !== entity);
  const named = terms.filter((e) => term.related.includes(e.id) || e.term!.related.includes(term.id));
  named.sort((a, b) => {
    const rank = (e: Entity) => (term.related.includes(e.id) ? term.related.indexOf(e.id) : 100);
    return rank(a) - rank(b);
  });
  const own = mentionedIn(lexicon, term.definition);
  const byDefinition = terms.filter((e) => !named.includes(e) && (own.has(e) || mentionedIn(lexicon, e.term!.definition).has(entity)));
  byDefinition.sort((a, b) => (a.term!.number ?? 1000) - (b.term!.number ?? 1000) || a.name.localeCompare(b.name, 'zh-CN'));
  return [...named, ...byDefinition];
}
