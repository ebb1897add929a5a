/**
 * What the build itself would stop on, found before it starts: the site's
 * remark plugins run on every MDX file (src/plugins/replay.ts), names that
 * cross in the text or exclusions that cannot apply (src/lib/crosslinks), and
 * names left unlinked for no reason the cross-link report can give. The same
 * computation gives the report the build writes.
 */
import { derived, type Edition } from '../index.ts';
import type { LexiconProblem } from '../../lib/crosslinks/lexicon.ts';
import { LINK_SCOPE } from '../../lib/crosslinks/link.ts';
import { buildReport, type CrosslinkReport } from '../../lib/crosslinks/report.ts';
import { occurrencesOf } from '../../lib/crosslinks/site.ts';
import { crosslinksOf } from '../../lib/crosslinks/sources.ts';
import { replayOf } from '../../plugins/replay.ts';
import type { Problem } from './problems.ts';

export interface PipelineCheck {
  problems: Problem[];
  /** The cross-link report, once nothing stands in its way. */
  report: CrosslinkReport | undefined;
}

/**
 * In order, each step over an edition the previous ones found sound, so that
 * one mistake is reported once: the plugins, the names, the report.
 */
export const pipelineOf = derived('pipeline', (edition: Edition): PipelineCheck => {
  const bodyLine = (path: string) => edition.file(path)?.bodyLine ?? 1;
  const inFile = (path: string, line: number | undefined) => (line === undefined ? undefined : bodyLine(path) + line - 1);
  const fromLexicon = ({ files: [path = '', ...others], line, message }: LexiconProblem): Problem => ({
    path,
    line: inFile(path, line),
    message: others.length > 0 ? message.replace(/ \(([^()]*)\)$/, `（涉及 ${[...new Set(others)].join('、')}） ($1)`) : message,
  });

  const replay = replayOf(edition);
  const stopped = replay.flatMap(({ file, error }) => (error ? [{ path: file, line: inFile(file, error.line), message: error.message }] : []));
  if (stopped.length > 0) return { problems: stopped, report: undefined };

  const { lexicon, corpus, problems: lexiconProblems } = crosslinksOf(edition);
  const index = occurrencesOf(edition);
  const names = [...lexiconProblems, ...index.problems];
  if (names.length > 0) return { problems: names.map(fromLexicon), report: undefined };

  const { report, problems } = buildReport(lexicon, corpus, index, replay, LINK_SCOPE);
  return { problems: problems.map(fromLexicon), report };
});
