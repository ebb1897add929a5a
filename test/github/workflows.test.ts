/**
 * The forge's workflows: each is a valid GitHub Actions workflow (the schema
 * GitHub's own editor uses, through @action-validator/core), CI runs what
 * .ci/run runs, and the deploy passes the settings the site reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/dist.ts';

const WORKFLOWS = join(ROOT, '.github', 'workflows');
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => readFileSync(join(WORKFLOWS, name), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
const steps = (name: string, job: string): Step[] => (parse(read(name)) as { jobs: Record<string, { steps: Step[] }> }).jobs[job]!.steps;

describe('the workflows', () => {
  it('are there', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
  });

  it.each(files)('%s is a valid workflow', (name) => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });

  it('the validator rejects a misspelt key, so a pass means something', () => {
    const broken = read('ci.yml').replace('runs-on:', 'run-on:');
    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });

  it('CI runs .ci/run, and the content check in the annotating format', () => {
    const runs = steps('ci.yml', 'test').map((step) => step.run ?? '');
    expect(runs).toContain('bash .ci/run');
    expect(runs).toContain('npm run check -- --format github');
  });

  it('the deploy builds with every setting it passes read by the site', () => {
    const build = steps('deploy.yml', 'build').find((step) => step.run === 'npm run build');
    expect(build?.env).toBeDefined();
    const config = ['astro.config.mjs', 'src/site.config.ts'].map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');
    for (const variable of Object.keys(build!.env!)) expect(config, variable).toContain(`process.env.${variable}`);
  });
});
