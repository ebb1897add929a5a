/** Every page type at a phone's size (390×844, touch), light and dark (helpers/page-types.ts). */
import { SCREENS, testEveryPageTypeOn } from '../helpers/page-types.ts';

testEveryPageTypeOn(SCREENS.phone);
