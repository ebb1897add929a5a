/** Runs a project tool on the pinned Node runtime, failing loudly. */
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

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

export interface NodeTool {
  name: string;
  script: string;
  args: readonly string[];
}

/**
 * Runs project tools side by side, as many at once as the machine has cores,
 * each one's output printed whole when it ends so that reports never
 * interleave. Every tool runs, whatever the others do; resolves to the names
 * of those that failed.
 */
export async function runNodeTools(tools: readonly NodeTool[]): Promise<string[]> {
  const failed: string[] = [];
  const queue = [...tools];
  const worker = async () => {
    for (let tool = queue.shift(); tool; tool = queue.shift()) {
      const { stdout, stderr, status } = await runNode(tool.script, tool.args);
      process.stdout.write(stdout + stderr);
      if (status !== 0) failed.push(tool.name);
    }
  };
  await Promise.all(Array.from({ length: Math.min(tools.length, availableParallelism()) }, worker));
  return tools.map((tool) => tool.name).filter((name) => failed.includes(name));
}

export interface NodeRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a script (relative to the project root, or absolute) on this Node,
 * collecting what it prints; resolves when it ends, whatever its status, so
 * that runs can go on side by side.
 */
export function runNode(
  script: string,
  args: readonly string[],
  { cwd = ROOT, env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<NodeRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(ROOT, script), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => done({ status: null, stdout, stderr: `${stderr}${error.message}\n` }));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** Fails with a clear message when npm scripts run on a Node older than Astro needs. */
export function assertNodeVersion(): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.error(`Node ${process.versions.node} 太旧：本项目需要 Node ≥ 22.12。请先运行 npm install（会安装项目固定的 Node 版本），再用 npm run … 运行。`);
    process.exit(1);
  }
}
