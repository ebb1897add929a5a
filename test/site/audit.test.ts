/**
 * No high or critical advisory in the packages the site ships or builds with
 * (production dependencies), per `npm audit`. This needs the registry's
 * advisory service; if it cannot be reached the test fails and says so —
 * an unchecked audit is not a passed one.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';

interface AuditReport {
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable: unknown }>;
  metadata?: { vulnerabilities: Record<string, number> };
  error?: { summary?: string; detail?: string };
  message?: string;
}

describe('npm audit', () => {
  it('reports no high or critical advisory in production dependencies', () => {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    let report: AuditReport;
    try {
      report = JSON.parse(run.stdout) as AuditReport;
    } catch {
      throw new Error(`npm audit gave no report (exit ${run.status}): ${run.stderr.trim() || run.error?.message || 'no output'}`);
    }
    if (!report.metadata) {
      const reason = report.message ?? report.error?.summary ?? run.stderr.trim();
      throw new Error(
        `npm audit could not be checked: the registry's advisory service did not answer (${reason}). ` +
          'The audit needs https://registry.npmjs.org/-/npm/v1/security/advisories/bulk (POST); run CI where it is reachable.',
      );
    }
    const serious = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name, v]) => `${name}: ${v.severity}${v.fixAvailable ? ' (fix available: npm audit fix)' : ''}`);
    expect(serious).toEqual([]);
  }, 150_000);
});
