// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // A second build (benchmark, parallel work) can write elsewhere.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  markdown: {
    // Astro 7 ignores remark/rehype plugins unless the unified processor is chosen.
    // SmartyPants would rewrite the plan's punctuation, so it stays off.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [],
    }),
  },
});
