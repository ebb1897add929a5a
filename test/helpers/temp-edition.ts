/**
 * A throwaway copy of the edition to change and check or build without
 * touching content/: its own content/ and urls.json, and a copy of the site
 * (src/: its pages decide which URLs a chapter may not take).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isolatedProject } from '../../scripts/lib/isolated-project.ts';
import { runNode } from '../../scripts/lib/run.ts';
import { astroEnv } from './astro-env.ts';
import { ROOT } from './dist.ts';

export interface TempEdition {
  root: string;
  /** Rewrites a file under the copy's root (content/…, urls.json). */
  edit(path: string, change: (text: string) => string): void;
  write(path: string, text: string): void;
  remove(path: string): void;
  read(path: string): string;
}

export function tempEdition(): TempEdition {
  const root = mkdtempSync(join(tmpdir(), 'edition-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
  if (existsSync(join(ROOT, 'urls.json'))) cpSync(join(ROOT, 'urls.json'), join(root, 'urls.json'));
  const at = (path: string) => join(root, path);
  return {
    root,
    edit(path, change) {
      const before = readFileSync(at(path), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`temp edition: editing ${path} changed nothing (the fixture no longer matches the content)`);
      writeFileSync(at(path), after);
    },
    write(path, text) {
      mkdirSync(dirname(at(path)), { recursive: true });
      writeFileSync(at(path), text);
    },
    remove(path) {
      rmSync(at(path));
    },
    read(path) {
      return readFileSync(at(path), 'utf8');
    },
  };
}

export interface TempBuildOptions {
  /** More environment for the build (e.g. CROSSLINKS: 'off'). */
  env?: Record<string, string>;
  /**
   * Date pages by this project's git history, as the site's own build does
   * (最后更新): for a copy of unchanged content whose pages are compared
   * with the site's. A copy outside the repository has no history otherwise.
   */
  projectHistory?: boolean;
}

/**
 * Builds a temp edition with `astro build` into its own dist/, in a
 * project of its own (scripts/lib/isolated-project.ts), so that it can run
 * beside other builds: a build in the project itself would share .astro/ and
 * the content store with every build and test running beside it.
 */
export async function buildTempEdition(edition: TempEdition, options: TempBuildOptions = {}): Promise<{ status: number | null; output: string; dist: string }> {
  isolatedProject(edition.root);
  const dist = join(edition.root, 'dist');
  const history = options.projectHistory ? { GIT_DIR: join(ROOT, '.git'), GIT_WORK_TREE: ROOT } : {};
  const run = await runNode(join(ROOT, 'node_modules/astro/bin/astro.mjs'), ['build'], { cwd: edition.root, env: astroEnv({ ...history, ...options.env }) });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dist };
}

/** Renames a glossary term as an editor would: the file, and every `related` entry that names it. */
export function renameTerm(edition: TempEdition, from: string, to: string): void {
  const folder = join(edition.root, 'content', 'glossary');
  for (const name of readdirSync(folder)) {
    const path = `content/glossary/${name}`;
    const text = edition.read(path);
    if (text.includes(`\n  - ${from}\n`)) edition.write(path, text.replaceAll(`\n  - ${from}\n`, `\n  - ${to}\n`));
  }
  edition.write(`content/glossary/${to}.mdx`, edition.read(`content/glossary/${from}.mdx`));
  edition.remove(`content/glossary/${from}.mdx`);
}
