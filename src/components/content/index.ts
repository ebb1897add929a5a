/**
 * Components handed to the plan's MDX files, per collection
 * (src/lib/content-components.ts says which names each collection may use).
 */
import Br from './Br.astro';
import EditorialNote from './EditorialNote.astro';
import Figure from './Figure.astro';
import GlossaryList from './GlossaryList.astro';
import IndicatorMethods from './IndicatorMethods.astro';
import IndicatorTable from './IndicatorTable.astro';
import Zhuanlan from './Zhuanlan.astro';
import { CONTENT_COMPONENTS, type ContentComponentName, type MdxCollection } from '../../lib/content-components';

/** What a page passes to `<Content components={…} />` for an entry of `collection`. */
export function componentsFor(collection: MdxCollection) {
  // Built on each call: Zhuanlan and GlossaryList import this module themselves.
  const components = { EditorialNote, Figure, GlossaryList, IndicatorMethods, IndicatorTable, Zhuanlan } satisfies Record<ContentComponentName, unknown>;
  const named = Object.fromEntries(CONTENT_COMPONENTS[collection].map((name) => [name, components[name]]));
  // `br` overrides MDX's self-closing <br/> (HTML validation wants <br>).
  return { br: Br, ...named };
}
