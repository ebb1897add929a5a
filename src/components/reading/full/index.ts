/** MDX element overrides for rendering several chapters on one page (the 全文 page): no anchor ids, which are per chapter. */
import A from './A.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';

export const fullTextElements = { a: A, h2: H2, h3: H3, h4: H4 };
