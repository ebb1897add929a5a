/**
 * npm run audit: no high or critical advisory in production dependencies.
 *
 * Not part of `npm test`: the registry this project's machines reach refuses
 * the advisory service (HTTP 405 on its POST endpoint), so the audit cannot be
 * run there at all. It fails loudly when the service does not answer — an
 * unchecked audit is not a passed one.
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './lib/run.ts';

interface AuditReport {
  vulnerabilities?: Record<string, { severity: string; fixAvailable: unknown }>;
  metadata?: { vulnerabilities: Record<string, number> };
  error?: { summary?: string };
  message?: string;
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
let report: AuditReport | undefined;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  report = undefined;
}
if (!report?.metadata) {
  const reason = report?.message ?? report?.error?.summary ?? run.stderr.trim() ?? 'no output';
  console.error(`npm audit could not be checked: the registry's advisory service did not answer (${reason}).`);
  process.exit(2);
}
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
for (const [name, v] of serious) console.error(`${name}: ${v.severity}${v.fixAvailable ? ' (npm audit fix)' : ''}`);
console.log(serious.length === 0 ? 'npm audit: no high or critical advisories in production dependencies.' : '');
process.exit(serious.length === 0 ? 0 : 1);
