/**
 * Redirect rules for the legacy addresses (written by ../host-config), derived from the
 * routes the build has, so a page added later is covered without an edit here:
 * the original documentation's `/best-practices/architecture/integration/<slug>`
 * leads to `/integration/<slug>` for every page of the guide.
 *
 * Deliberately no `<slug>/` redirect pages: with `trailingSlash: false` a page is
 * `<slug>.html`, and a second `<slug>/index.html` that redirects back to `<slug>`
 * makes hosts that prefer the folder (GitHub Pages, `docusaurus serve`) loop
 * between the two. The overview, whose folder exists anyway, gets a real copy
 * instead (see ../overview-index).
 */
import {GUIDE_BASE} from '../../data/queries';
import {LEGACY_BASE} from '../../data/site';

/** A page's old path and the page that now answers its links. */
export interface MovedPage {
  /** The old path, such as `/integration/old-slug` (without the base path). */
  readonly from: string;
  /** The path of the page that replaces it. */
  readonly to: string;
}

/**
 * Pages that moved or were removed, each sent to the page that replaces it: add one when a page's slug changes or a
 * page goes, so links from other documents keep working (the anchor contract, tests/contract/anchors.txt, fails
 * until they do). ../host-config writes a redirect page, a `_redirects` line and an nginx 301 for each.
 */
export const MOVED_PAGES: readonly MovedPage[] = [];

export function createRedirects(existingPath: string): string[] {
  if (existingPath === GUIDE_BASE || existingPath.startsWith(`${GUIDE_BASE}/`)) {
    return [`${LEGACY_BASE}${existingPath.slice(GUIDE_BASE.length)}`];
  }
  return [];
}
