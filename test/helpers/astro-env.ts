/**
 * The environment of an `astro` command a test starts: the one `npm run …`
 * would give it. Vitest sets NODE_ENV=test, TEST and VITEST*: Vite keeps a
 * NODE_ENV it finds, so `astro build` would not make a production build
 * (import.meta.env.PROD false: pages that register no service worker).
 */
export function astroEnv(more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...more };
  for (const name of Object.keys(env)) {
    if (name === 'NODE_ENV' || name === 'TEST' || name.startsWith('VITEST')) delete env[name];
  }
  return env;
}
