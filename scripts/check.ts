/**
 * npm run check: validates every content file and prints what to fix.
 * Exits non-zero on any problem, so a mistake fails CI before it is published.
 */
import { validateContent } from './check/index.ts';
import { formatProblem } from './check/problems.ts';
import { readAllContent } from './lib/content-files.ts';
import { ROOT } from './lib/run.ts';

const files = readAllContent(ROOT);
const problems = validateContent(ROOT, files);
if (problems.length > 0) {
  console.error(`内容检查发现 ${problems.length} 个问题（content check failed）：\n`);
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('\n请按提示修改上述文件后再提交。说明见 CONTRIBUTING.md。');
  process.exitCode = 1;
} else {
  console.log(`内容检查通过：${files.length} 个文件 (content check passed)。`);
}
