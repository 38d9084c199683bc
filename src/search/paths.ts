/** The pages a reader without JavaScript is sent to instead of search results. */
import {GUIDE_BASE} from '../data/queries';

/** The list of the fifteen use cases. */
export const USE_CASES_PATH = `${GUIDE_BASE}/integration-use-cases`;
/** The glossary. */
export const GLOSSARY_PATH = `${GUIDE_BASE}/glossary`;
