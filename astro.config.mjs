// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { SITE } from './src/site.config.ts';
import { remarkPlanAnchors } from './src/plugins/remark-plan-anchors.ts';
import { remarkErrata } from './src/plugins/remark-errata.ts';
import { remarkCrosslinks } from './src/plugins/remark-crosslinks.ts';
import { crosslinkStyles } from './src/plugins/remark-crosslinks-styles.ts';

// Glossary terms and 专栏 project names linked through the text (first use per 节, LINK_SCOPE
// in src/lib/crosslinks/link.ts), with their previews' stylesheet. CROSSLINKS=off builds
// without them: the test that the words are unchanged compares both builds.
const crosslinksOn = process.env.CROSSLINKS !== 'off';
/** @type {any[]} */
const crosslinks = crosslinksOn ? [[remarkCrosslinks, {}]] : [];

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // A second build (benchmark, parallel work) can write elsewhere.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // Builds of another edition (CONTENT_DIR) keep their content cache apart from the site's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  security: {
    // Every page carries a CSP <meta>: resources from the site's own origin only, Astro's
    // inline scripts and styles by hash. 'wasm-unsafe-eval' lets Pagefind compile its
    // WebAssembly (served from /pagefind/); it allows no eval() of JavaScript.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [mdx(), sitemap(), ...(crosslinksOn ? [crosslinkStyles()] : [])],
  markdown: {
    // The plan has no code to highlight, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    // Astro 7 ignores remark/rehype plugins unless the unified processor is chosen.
    // SmartyPants would rewrite the plan's punctuation, so it stays off.
    processor: unified({
      gfm: false,
      smartypants: false,
      // remarkErrata first: it needs each corrected passage still in one piece of text.
      remarkPlugins: [remarkGfm, remarkErrata, remarkPlanAnchors, ...crosslinks],
      rehypePlugins: [],
    }),
  },
});
