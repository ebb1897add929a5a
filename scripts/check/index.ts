/** All content checks over content/: what `npm run check` and the build run. */
import { readAllContent, type ContentFile } from '../lib/content-files.ts';
import { checkComponents, contentComponentNames } from './components.ts';
import { readErrata } from './errata.ts';
import { checkMdxSyntax } from './mdx-syntax.ts';
import { checkPlanText } from './plan-text.ts';
import type { Problem } from './problems.ts';
import { checkRedirects } from './redirects.ts';
import { checkReferences } from './references.ts';
import { checkSchema } from './schema.ts';
import { checkSlugs } from './slugs.ts';
import { checkStrayFiles } from './stray-files.ts';

export interface CheckOptions {
  /** Compare the plan's words with content/source/plan.txt (off only for the benchmark's synthetic edition). */
  planText?: boolean;
}

export function validateContent(root: string, files: readonly ContentFile[] = readAllContent(root), options: CheckOptions = {}): Problem[] {
  const components = contentComponentNames();
  const perFile = files.flatMap((file) => [...checkSchema(file), ...checkMdxSyntax(file), ...checkComponents(file, components)]);
  const malformed = new Set(perFile.map((problem) => problem.path));
  const errata = readErrata(root, files);
  const problems = [
    ...checkStrayFiles(root),
    ...checkSlugs(files),
    ...perFile,
    ...checkReferences(files),
    ...errata.problems,
    ...(options.planText === false ? [] : checkPlanText(root, files, errata, malformed)),
    ...checkRedirects(root, files),
  ];
  // Grouped by file, in line order, so an editor can work through one file at a time.
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => a.problem.path.localeCompare(b.problem.path) || (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.order - b.order)
    .map(({ problem }) => problem);
}
