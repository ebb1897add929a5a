/**
 * npm run check: validates every content file and prints what to fix.
 * Exits non-zero on any problem, so a mistake fails CI before it is published.
 * CONTENT_ROOT checks another copy of the edition (a folder holding content/).
 */
import { validateContent } from './check/index.ts';
import { formatProblem } from './check/problems.ts';
import { readAllContent } from './lib/content-files.ts';
import { ROOT } from './lib/run.ts';

const root = process.env.CONTENT_ROOT ?? ROOT;
const files = readAllContent(root);
// CHECK_PLAN_TEXT=0 skips the plan-text comparison for a generated edition (the benchmark's),
// never for the project's own content.
const planText = process.env.CHECK_PLAN_TEXT !== '0' || root === ROOT;
const problems = validateContent(root, files, { planText });
if (problems.length > 0) {
  console.error(`内容检查发现 ${problems.length} 个问题（content check failed）：\n`);
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('\n请按提示修改上述文件后再提交。各项检查的含义见 CONTRIBUTING.md。');
  process.exitCode = 1;
} else {
  console.log(`内容检查通过：${files.length} 个文件 (content check passed)。`);
}
