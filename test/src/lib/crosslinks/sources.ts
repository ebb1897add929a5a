/** A glossary term as the lexicon reads it, for tests: only what a test names differs from a plain annex term. */
import type { TermSource } from '../../../../src/lib/crosslinks/lexicon.ts';

export const termSource = (id: string, name: string, more: Partial<TermSource> = {}): TermSource => ({
  id,
  file: `content/glossary/${id}.mdx`,
  term: name,
  aliases: [],
  exclude: [],
  related: [],
  number: 1,
  definition: `${name}的定义。`,
  ...more,
});
