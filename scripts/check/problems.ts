/** A problem in a content file, told so that an editor can fix it. */
export interface Problem {
  /** File path relative to the project root. */
  path: string;
  line?: number | undefined;
  /** Field (frontmatter/YAML key path) the problem is in, if any. */
  field?: string | undefined;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.path}:${problem.line}` : problem.path;
  const field = problem.field ? ` 字段 ${problem.field}` : '';
  return `✗ ${where}${field}：${problem.message}`;
}

/** The whole report an editor reads, from `npm run check` and from a build that stops at the check alike. */
export function formatReport(problems: readonly Problem[]): string {
  return [
    `内容检查发现 ${problems.length} 个问题（content check failed）：`,
    '',
    ...problems.map(formatProblem),
    '',
    '请按提示修改上述文件后再提交。各项检查的含义见 CONTRIBUTING.md。',
  ].join('\n');
}
