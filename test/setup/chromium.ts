/** Global setup of the browser tests: Debian's Chromium and a CJK font, installed if missing (scripts/install-test-deps.sh). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/dist.ts';

export default function setup(): void {
  const install = spawnSync('bash', [join(ROOT, 'scripts', 'install-test-deps.sh')], { stdio: 'inherit' });
  if (install.status !== 0) throw new Error('Chromium and a CJK font are needed for the browser tests (scripts/install-test-deps.sh failed)');
}
