/** Runs a project tool on the pinned Node runtime, failing loudly. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export function runNodeScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd: string = ROOT): void {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) {
    throw new Error(`${script} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
}

/** Fails with a clear message when npm scripts run on a Node older than Astro needs. */
export function assertNodeVersion(): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.error(`Node ${process.versions.node} 太旧：本项目需要 Node ≥ 22.12。请先运行 npm install（会安装项目固定的 Node 版本），再用 npm run … 运行。`);
    process.exit(1);
  }
}
