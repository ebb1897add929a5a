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

/**
 * The report as GitHub Actions workflow commands: each problem becomes an
 * error annotation on the editor's file and line in the pull request's diff.
 * The message keeps its Chinese text and closing English key.
 */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
  return problems
    .map((problem) => {
      const properties = [`file=${escapeProperty(problem.path)}`];
      if (problem.line) properties.push(`line=${problem.line}`);
      properties.push(`title=${escapeProperty(problem.field ? `内容检查：字段 ${problem.field}` : '内容检查')}`);
      return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
    })
    .join('\n');
}

// The escapes GitHub's runner reverses (actions/toolkit, core/src/command.ts).
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
