/**
 * npm run check [-- <project folder>]: validates every content file and
 * prints what to fix. Exits non-zero on any problem, so a mistake fails CI
 * before it is published. The build runs the same check first.
 */
import { loadEdition } from '../src/lib/edition/index.ts';
import { validateEdition } from './check/index.ts';
import { formatReport } from './check/problems.ts';

const edition = loadEdition(process.argv[2] ?? process.cwd());
const problems = validateEdition(edition);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  console.log(`内容检查通过：${edition.files.length} 个文件 (content check passed)。`);
}
