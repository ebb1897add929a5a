/**
 * npm run urls [-- --reset]
 *
 * Records the URLs of the latest build (dist/) in urls.json,
 * the committed list of every URL the edition has published. It only adds:
 * a URL once published stays in the list, and test/site/urls.test.ts fails
 * until it is served again or redirected (content/redirects.yaml).
 * --reset rewrites the list from the build: only before the first publication.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtUrls, MANIFEST_PATH, readManifest, writeManifest } from '../src/edition/urls.ts';
import { ROOT } from './lib/run.ts';

const dist = join(ROOT, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} 中没有构建好的网站：请先运行 npm run build (no build found)`);
  process.exit(1);
}
const built = builtUrls(dist);
const recorded = readManifest(ROOT);
const reset = process.argv.includes('--reset');
const added = built.filter((url) => !recorded.includes(url));
const missing = recorded.filter((url) => !built.includes(url));

writeManifest(ROOT, reset ? built : [...recorded, ...built]);
console.log(`${MANIFEST_PATH}：新增 ${added.length} 个网址${reset ? `，按本次构建重写（共 ${built.length} 个）` : ''}。`);
for (const url of added) console.log(`  + ${url}`);
if (missing.length > 0 && !reset) {
  console.error(`\n以下已发布的网址不在本次构建中，请恢复，或在 content/redirects.yaml 登记跳转：`);
  for (const url of missing) console.error(`  - ${url}`);
  process.exitCode = 1;
}
