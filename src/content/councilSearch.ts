import { createCouncilSearch } from '../domain/councils/search';
import { COUNCILS } from './councils';

/** Council search and look-up (src/domain/councils/search.ts) over this app's list of councils. */
export const { searchCouncils, findCouncil, councilsIn } = createCouncilSearch(COUNCILS);
