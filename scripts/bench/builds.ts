/**
 * Clean builds, timed: the edition's `astro build` and the reference sites'
 * (the yardstick, starlight-site.ts; the bare Astro floors, reference-site.ts),
 * alternating in one run so that all meet the same machine, several times each. This machine is noisy: the figures are the
 * median and the spread (fastest–slowest) of the runs.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/run.ts';
import type { MarkdownEngine } from './reference-site.ts';

/** The reference sites: a stock Starlight site of the same content (the yardstick), and bare Astro by Markdown engine (floors). */
export type ReferenceName = 'starlight' | MarkdownEngine;

export interface BuildRun {
  ms: number;
  /** The edition's own steps, as its integrations log them (ms). */
  steps: Map<string, number>;
}

/** Builds the project at `root` from nothing: no dist/, no content or Vite cache. */
export function cleanBuild(root: string, env: NodeJS.ProcessEnv = {}): BuildRun {
  for (const state of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(root, state), { recursive: true, force: true });
  const started = performance.now();
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (build.status !== 0) throw new Error(`build of ${root} failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  const steps = new Map<string, number>();
  const check = /content check passed, (\d+) ms/.exec(build.stdout)?.[1];
  const index = /搜索索引：\d+ 个页面.*\(最后一页之后 (\d+) ms\)/.exec(build.stdout)?.[1];
  const offline = /离线缓存：\d+ 个文件，\d+ KB \((\d+) ms\)/.exec(build.stdout)?.[1];
  if (check) steps.set('content check', Number(check));
  if (index) steps.set('search index (after the last page)', Number(index));
  if (offline) steps.set('offline copy (service worker)', Number(offline));
  return { ms, steps };
}

export interface Timing {
  median: number;
  min: number;
  max: number;
}

export function timing(values: readonly number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

export interface Comparison {
  edition: Timing;
  reference: Record<ReferenceName, Timing>;
  /** The edition's steps, median per step. */
  steps: Map<string, Timing>;
}

/** `runs` clean builds of each, alternating (the edition, then each reference site). */
export function compareBuilds(edition: string, references: Record<ReferenceName, string>, runs: number, env: NodeJS.ProcessEnv = {}): Comparison {
  const engines = Object.keys(references) as ReferenceName[];
  const ours: BuildRun[] = [];
  const theirs = new Map<ReferenceName, number[]>(engines.map((engine) => [engine, []]));
  for (let run = 0; run < runs; run += 1) {
    ours.push(cleanBuild(edition, env));
    for (const engine of engines) theirs.get(engine)!.push(cleanBuild(references[engine]).ms);
  }
  const names = new Set(ours.flatMap((r) => [...r.steps.keys()]));
  return {
    edition: timing(ours.map((r) => r.ms)),
    reference: Object.fromEntries(engines.map((engine) => [engine, timing(theirs.get(engine)!)])) as Record<ReferenceName, Timing>,
    steps: new Map([...names].map((name) => [name, timing(ours.map((r) => r.steps.get(name) ?? 0))])),
  };
}
