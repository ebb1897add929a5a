/**
 * Every content check over an edition: what `npm run check` prints and what
 * the build runs before it renders a page (src/integrations/edition.ts).
 */
import type { Edition } from '../index.ts';
import { checkChanges } from './changes.ts';
import { checkComponents } from './components.ts';
import { checkDocumentMentions, checkDocumentsFile } from './documents.ts';
import { readErrata } from './errata.ts';
import { checkMdxSyntax } from './mdx-syntax.ts';
import { pipelineOf } from './pipeline.ts';
import { checkPlanFile } from './plan-file.ts';
import { checkPlanText } from './plan-text.ts';
import type { Problem } from './problems.ts';
import { checkRedirects } from './redirects.ts';
import { checkReferences } from './references.ts';
import { checkDataText, checkSafety } from './safety.ts';
import { checkSchema } from './schema.ts';
import { checkSlugs } from './slugs.ts';
import { checkStrayFiles } from './stray-files.ts';
import { checkSynonymsFile, checkSynonymTargets } from './synonyms.ts';

export interface CheckOptions {
  /**
   * Compare the plan's words with content/source/plan.txt. Off only for the
   * benchmark's synthetic edition, which is not the plan: CHECK_PLAN_TEXT=0.
   */
  planText?: boolean;
}

export function validateEdition(edition: Edition, options: CheckOptions = {}): Problem[] {
  const perFile = edition.files.flatMap((file) => [
    ...checkSchema(file),
    ...checkMdxSyntax(edition, file),
    ...checkComponents(edition, file),
    ...checkSafety(edition, file),
  ]);
  const malformed = new Set(perFile.map((problem) => problem.path));
  const errata = readErrata(edition);
  const problems = [
    ...checkStrayFiles(edition),
    ...checkSlugs(edition),
    ...checkPlanFile(edition),
    ...perFile,
    ...[edition.plan, edition.errata, edition.redirects, edition.changes, edition.documents, edition.synonyms].flatMap(checkDataText),
    ...checkReferences(edition.files),
    ...errata.problems,
    ...((options.planText ?? process.env.CHECK_PLAN_TEXT !== '0') ? checkPlanText(edition, errata, malformed) : []),
    ...checkRedirects(edition),
    ...checkChanges(edition),
    ...checkDocumentsFile(edition),
    ...checkSynonymsFile(edition),
  ];
  // What the site's plugins would stop on, where the search synonyms lead and what the plan cites, over content that is otherwise sound: one mistake is reported once.
  if (problems.length === 0) problems.push(...pipelineOf(edition).problems, ...checkSynonymTargets(edition), ...checkDocumentMentions(edition));
  // Grouped by file, in line order, so an editor can work through one file at a time.
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => a.problem.path.localeCompare(b.problem.path) || (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.order - b.order)
    .map(({ problem }) => problem);
}
