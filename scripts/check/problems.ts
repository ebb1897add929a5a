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
