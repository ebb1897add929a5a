/** Every page type at a desktop's size (1280×800), light and dark (helpers/page-types.ts). */
import { SCREENS, testEveryPageTypeOn } from '../helpers/page-types.ts';

testEveryPageTypeOn(SCREENS.desktop);
