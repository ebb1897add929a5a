// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { SITE } from './src/site.config.ts';
import { CONTENT_SECURITY_POLICY } from './src/lib/csp.ts';
import { editionIntegrations } from './src/integrations/index.ts';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages spend part of their rendering waiting (content modules loading, files written):
    // four at a time keep the CPU busy. The output is the same; npm run bench measures the gain.
    concurrency: 4,
  },
  // Every page's CSP <meta>: Astro hashes the scripts and styles it emits, src/lib/csp.ts adds the site's inline ones.
  security: { csp: CONTENT_SECURITY_POLICY },
  integrations: [
    // The content check, the remark plugins and their data, the search index (src/integrations/).
    // CROSSLINKS=off builds without cross-links: the test that the words are unchanged compares both builds.
    ...editionIntegrations({ crosslinks: process.env.CROSSLINKS !== 'off' }),
    mdx(),
    sitemap(),
  ],
  markdown: {
    // The plan has no code to highlight, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    // Astro 7 ignores remark/rehype plugins unless the unified processor is chosen; the edition's
    // integration adds its plugins to it. SmartyPants would rewrite the plan's punctuation.
    processor: unified({ smartypants: false }),
  },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX file draws a warning about Astro's own "use astro:head-inject" directive
        // (withastro/astro#18087, harmless): 78 of them would bury an editor's real messages in the log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
