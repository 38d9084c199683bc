/** Pure helpers of the search wrapper: the landing page's stand-in route and its URL fix-up. */

/** The stand-in route of the landing page while the index is built. */
export const LANDING_STAND_IN = 'index';

/** One search index file as the plugin writes it: per document kind, the documents and the lunr index. */
export type SearchIndexFile = {documents: {u: string}[]; index: unknown}[];

/** Rewrites the stand-in URL of the landing page to the page's real URL, in place; returns how many entries changed. */
export function restoreLandingUrl(file: SearchIndexFile, baseUrl: string): number {
  let changed = 0;
  for (const kind of file) {
    for (const document of kind.documents) {
      if (document.u === `${baseUrl}${LANDING_STAND_IN}`) {
        document.u = baseUrl;
        changed += 1;
      }
    }
  }
  return changed;
}
