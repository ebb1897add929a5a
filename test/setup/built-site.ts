/**
 * Global setup of the test projects that read the built site: builds dist/
 * with `astro build` unless it is current, that is, built from this very
 * checkout (HEAD and the uncommitted changes to what the build reads). A
 * filtered run over a current build starts at once.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { astroEnv } from '../helpers/astro-env.ts';
import { DIST, ROOT } from '../helpers/dist.ts';

const STAMP = join(ROOT, 'node_modules', '.cache', 'edition-tests', 'dist.json');
/** What the build does not read: tests and documents. */
const NOT_BUILT = [':(exclude)test', ':(exclude)docs', ':(exclude)*.md'];

function git(args: string[]): string {
  const run = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return run.status === 0 ? run.stdout : '';
}

/** HEAD and every uncommitted change the build would see; undefined outside a git checkout (always build). */
function fingerprint(): string | undefined {
  const head = git(['rev-parse', 'HEAD']).trim();
  if (!head) return undefined;
  const hash = createHash('sha256')
    .update(head)
    .update(git(['diff', 'HEAD', '--binary', '--', '.', ...NOT_BUILT]));
  for (const file of git(['ls-files', '--others', '--exclude-standard', '--', '.', ...NOT_BUILT])
    .split('\n')
    .filter(Boolean)) {
    hash.update(file).update(readFileSync(join(ROOT, file)));
  }
  return hash.digest('hex');
}

export default function setup(): void {
  const current = fingerprint();
  const built = existsSync(STAMP) ? (JSON.parse(readFileSync(STAMP, 'utf8')) as { fingerprint?: string }).fingerprint : undefined;
  if (current && built === current && existsSync(join(DIST, 'index.html'))) {
    console.log('dist/ is current for this checkout: not rebuilt.');
    return;
  }
  console.log('Building the site (astro build) …');
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: astroEnv(),
  });
  if (build.status !== 0) throw new Error(`astro build failed (exit ${build.status ?? build.signal}): the tests of the built site cannot run`);
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ fingerprint: current }));
}
