/**
 * The edition inside Astro's build: reads the content once
 * (src/edition), runs the content check before any page is rendered and
 * stops the build with the check's own report for editors, hands the remark
 * plugins their data (src/plugins/index.ts), and writes the cross-link report
 * beside the build from what the check computed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import { CONTENT_FOLDER, getEdition, holdEdition, releaseEdition } from '../edition/index.ts';
import { reportPath, type EntityReport } from '../lib/crosslinks/report.ts';
import { editionRehypePlugins, editionRemarkPlugins } from '../plugins/index.ts';
import { validateEdition } from '../edition/check/index.ts';
import { pipelineOf } from '../edition/check/pipeline.ts';
import { formatReport } from '../edition/check/problems.ts';

export interface EditionOptions {
  /** Link glossary terms and project names in the text (default true). */
  crosslinks?: boolean;
}

export function edition({ crosslinks = true }: EditionOptions = {}): AstroIntegration {
  let root = '';
  return {
    name: 'shantou-plan:edition',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const held = holdEdition(root);
        const processor = config.markdown.processor;
        if (!isUnifiedProcessor(processor)) {
          throw new AstroError('The edition needs `markdown.processor: unified(…)` from @astrojs/markdown-remark for its remark plugins.');
        }
        const plugins = editionRemarkPlugins(() => getEdition(root), { crosslinks });
        processor.options.remarkPlugins.push(...(plugins as typeof processor.options.remarkPlugins));
        processor.options.rehypePlugins.push(...(editionRehypePlugins as typeof processor.options.rehypePlugins));

        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const problems = validateEdition(held);
        if (problems.length === 0) {
          logger.info(`内容检查通过：${held.files.length} 个文件 (content check passed, ${Math.round(performance.now() - started)} ms)`);
        } else if (command === 'build') {
          // The editor's report, as the check prints it: logged, because Astro would render the [文字](https://…)
          // of its advice as Markdown in an error's message. Then the build stops, with no stack trace.
          logger.error(formatReport(problems));
          const error = new AstroError('内容检查未通过，网站没有生成；请按上面的提示修改 (content check failed)', '运行 npm run check 可以只做内容检查。');
          error.stack = '';
          throw error;
        } else {
          logger.warn(formatReport(problems));
        }
      },
      'astro:server:setup': ({ server }) => {
        // An edit to content/ is read on the next request: the plugins and pages ask getEdition() again.
        const contentDir = join(root, CONTENT_FOLDER);
        server.watcher.on('all', (_event, path) => {
          if (!relative(contentDir, path).startsWith('..')) releaseEdition(root);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const { report } = pipelineOf(getEdition(root));
        if (!crosslinks || !report) return;
        const file = reportPath(fileURLToPath(dir));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
        const { totals } = report;
        const unlinked = (list: EntityReport[]) => list.filter((e) => e.links === 0).map((e) => `  ${e.name}：${e.reason ?? ''}`);
        logger.info(
          [
            `交叉链接：${totals.terms} 个名词共 ${totals.termLinks} 处链接，${totals.projects} 个项目共 ${totals.projectLinks} 处链接，${totals.documents} 份引用文件共 ${totals.documentLinks} 处链接；报告 ${file}`,
            ...(totals.unlinkedTerms ? [`未链接的名词 ${totals.unlinkedTerms} 个：`, ...unlinked(report.terms)] : []),
            ...(totals.unlinkedProjects ? [`未链接的项目 ${totals.unlinkedProjects} 个：`, ...unlinked(report.projects)] : []),
          ].join('\n'),
        );
      },
    },
  };
}
