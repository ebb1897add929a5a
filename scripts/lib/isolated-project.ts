/**
 * Turns a folder holding a content/ into a project Astro can build on its
 * own: the site's source and configuration copied, the installed packages
 * linked one by one. Astro and Vite keep build state in the project
 * (.astro/, node_modules/.vite, node_modules/.astro); a build of another
 * edition (the benchmark's, a test's) in the project itself would share that
 * state with any build running beside it, and break it.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run.ts';

// What a build reads: the site and its edition layer (src/), never scripts/ (a lint rule keeps it so).
const COPIED = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Build state that must stay private to each project. */
const PRIVATE = new Set(['.vite', '.astro', '.cache']);

export function isolatedProject(root: string): void {
  for (const name of COPIED) {
    if (existsSync(join(ROOT, name)) && !existsSync(join(root, name))) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  }
  const modules = join(root, 'node_modules');
  if (existsSync(modules)) return;
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!PRIVATE.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
}
