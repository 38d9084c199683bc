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

export function createRedirects(existingPath: string): string[] {
  if (existingPath === GUIDE_BASE || existingPath.startsWith(`${GUIDE_BASE}/`)) {
    return [`${LEGACY_BASE}${existingPath.slice(GUIDE_BASE.length)}`];
  }
  return [];
}
