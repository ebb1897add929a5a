/**
 * npm run check [-- [--format github] <project folder>]: validates every
 * content file and prints what to fix. Exits non-zero on any problem, so a
 * mistake fails CI before it is published. The build runs the same check
 * first. `--format github` also prints each problem as a GitHub Actions
 * annotation, so that it shows on the changed line of a pull request.
 */
import { parseArgs } from 'node:util';
import { loadEdition } from '../src/edition/index.ts';
import { validateEdition } from '../src/edition/check/index.ts';
import { formatGithubAnnotations, formatReport } from '../src/edition/check/problems.ts';

const FORMATS = ['text', 'github'] as const;
const { values, positionals } = parseArgs({ options: { format: { type: 'string', default: 'text' } }, allowPositionals: true });
const format = values.format as (typeof FORMATS)[number];
if (!FORMATS.includes(format)) {
  console.error(`npm run check: unknown --format “${values.format}”; use one of ${FORMATS.join(', ')}.`);
  process.exit(2);
}

const edition = loadEdition(positionals[0] ?? process.cwd());
const problems = validateEdition(edition);
if (problems.length > 0) {
  if (format === 'github') console.log(formatGithubAnnotations(problems));
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  console.log(`内容检查通过：${edition.files.length} 个文件 (content check passed)。`);
}
