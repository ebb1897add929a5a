/** Components available to the plan's MDX files, by the names the importer writes. */
import Br from './Br.astro';
import EditorialNote from './EditorialNote.astro';
import Figure from './Figure.astro';
import GlossaryList from './GlossaryList.astro';
import IndicatorMethods from './IndicatorMethods.astro';
import IndicatorTable from './IndicatorTable.astro';
import Zhuanlan from './Zhuanlan.astro';

/** `br` overrides MDX's self-closing <br/> (HTML validation wants <br>). */
export const contentComponents = { br: Br, EditorialNote, Figure, GlossaryList, IndicatorMethods, IndicatorTable, Zhuanlan };
