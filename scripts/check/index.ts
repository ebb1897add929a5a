/** All content checks over content/: what `npm run check` and the build run. */
import { readAllContent, type ContentFile } from '../lib/content-files.ts';
import { checkMdxSyntax } from './mdx-syntax.ts';
import type { Problem } from './problems.ts';
import { checkReferences } from './references.ts';
import { checkSchema } from './schema.ts';

export function validateContent(root: string, files: readonly ContentFile[] = readAllContent(root)): Problem[] {
  return [
    ...files.flatMap((file) => [...checkSchema(file), ...checkMdxSyntax(file)]),
    ...checkReferences(files),
  ];
}
