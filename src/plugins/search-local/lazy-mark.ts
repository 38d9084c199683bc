/**
 * mark.js on demand, for the search plugin's "highlight the search terms on the
 * page a result opens" (`highlightSearchTermsOnTargetPage`).
 *
 * With that option on, the plugin's generated module exports mark.js itself,
 * and its search bar sits in the navbar of every page, so about 6 KB (gzip) of
 * highlighting code would load on every page although only a page opened from
 * a search result (`?_highlight=...`) marks anything. The site's wrapper
 * (index.ts) points the plugin's import of mark.js at this class instead: it
 * takes the same calls (`new Mark(root)`, `.mark(keywords, options)`,
 * `.unmark()`) and loads mark.js the first time something is to be marked.
 * `unmark` before that has nothing to remove, so it loads nothing.
 */

/** The part of mark.js's API the search plugin uses. */
interface MarkInstance {
  mark(keywords: string | readonly string[], options?: Record<string, unknown>): void;
  unmark(options?: Record<string, unknown>): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

let loading: Promise<MarkConstructor> | undefined;

function loadMark(): Promise<MarkConstructor> {
  if (!loading) {
    // A virtual module: index.ts aliases it to mark.js's ES build, resolved from the search plugin.
    const attempt = import(/* webpackChunkName: "mark" */ 'search-local-mark.js').then(
      (module: {default: MarkConstructor}) => module.default,
    );
    // A failed download (offline, a deploy in between) may be retried by the next search.
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
    loading = attempt;
  }
  return loading;
}

export default class LazyMark implements MarkInstance {
  constructor(private readonly root: Element) {}

  mark(keywords: string | readonly string[], options?: Record<string, unknown>): void {
    loadMark()
      .then((Mark) => new Mark(this.root).mark(keywords, options))
      .catch(() => undefined);
  }

  unmark(options?: Record<string, unknown>): void {
    // Nothing was marked before mark.js loaded.
    loading?.then((Mark) => new Mark(this.root).unmark(options)).catch(() => undefined);
  }
}
