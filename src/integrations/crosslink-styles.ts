/**
 * The stylesheet of the cross-link previews (src/components/crosslinks/
 * crosslinks.css), added to every page by an Astro integration: linked text
 * appears on chapter, project and full-text pages, and rendered content
 * entries would each add their own copy of a stylesheet they imported.
 * Part of the edition integration (src/integrations/index.ts) when it links.
 */
import type { AstroIntegration } from 'astro';

export const CROSSLINKS_STYLESHEET = '/src/components/crosslinks/crosslinks.css';

export function crosslinkStyles(): AstroIntegration {
  return {
    name: 'crosslink-styles',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        // page-ssr code runs in each page's server module: a CSS import there joins the page's stylesheets once.
        injectScript('page-ssr', `import ${JSON.stringify(CROSSLINKS_STYLESHEET)};`);
      },
    },
  };
}
