/**
 * npm run import [-- --force | --check]
 *
 * Imports content/source/plan.txt into content/. Refuses to overwrite files an
 * editor has changed since the last import unless --force is given; --check
 * only reports whether content/ is what the importer would write.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceFormatError } from '../src/edition/import/segment.ts';
import { importFiles } from '../src/edition/import/index.ts';
import { planWrite, writeFiles } from '../src/edition/import/write.ts';
import { UnpairedQuoteError } from '../src/edition/import/quotes.ts';

/** The lines an import would remove (−, the editor's) and add (+), for a quick look. */
function lineChanges(current: string, imported: string): string[] {
  const before = current.split('\n');
  const after = imported.split('\n');
  const removed = before.filter((line) => !after.includes(line)).map((line) => `− ${line}`);
  const added = after.filter((line) => !before.includes(line)).map((line) => `+ ${line}`);
  return [...removed, ...added].map((line) => (line.length > 120 ? `${line.slice(0, 120)}…` : line));
}

const root = join(import.meta.dirname, '..');
const contentDir = join(root, 'content');
const args = new Set(process.argv.slice(2));

function main(): number {
  const source = readFileSync(join(contentDir, 'source', 'plan.txt'), 'utf8');
  const files = importFiles(source);
  const plan = planWrite(contentDir, files);

  if (args.has('--check')) {
    const differing = [...plan.write, ...plan.conflicts];
    if (differing.length === 0) {
      console.log(`导入检查通过：content/ 中 ${files.size} 个文件与导入结果一致。`);
      return 0;
    }
    console.error('以下文件与从 plan.txt 导入的结果不同（import check）：');
    for (const path of differing) console.error(`  content/${path}`);
    return 1;
  }

  if (plan.conflicts.length > 0 && !args.has('--force')) {
    console.error('以下文件在上次导入后被手工修改过，导入会覆盖这些修改，因此已停止（nothing written）：');
    for (const path of plan.conflicts) {
      console.error(`\n  content/${path}`);
      for (const line of lineChanges(readFileSync(join(contentDir, path), 'utf8'), files.get(path)!)) console.error(`    ${line}`);
    }
    console.error('请先用 git diff 查看差异；确需以 plan.txt 为准覆盖，请运行 npm run import -- --force。');
    return 1;
  }
  writeFiles(contentDir, files, [...plan.write, ...plan.conflicts]);
  console.log(`已导入：写入 ${plan.write.length + plan.conflicts.length} 个文件，${plan.unchanged.length} 个未变。`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof SourceFormatError || error instanceof UnpairedQuoteError) {
    console.error(`无法导入 plan.txt：${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
