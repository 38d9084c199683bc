/**
 * Where a page's Markdown version lives: the page's path plus `.md` (the llms.txt convention), for the plugin that
 * writes the files (src/plugins/markdown-pages) and the "Copy page as Markdown" control that fetches them.
 */

/** The whole guide as one Markdown file, at the site's root (beside llms.txt). */
export const MARKDOWN_FULL_FILE = 'llms-full.txt';

/**
 * The Markdown version of a page, from its path (with the base path): `/integration/iot` → `/integration/iot.md`,
 * and a path that ends in a slash, such as the overview's `/integration/`, → `/integration.md`.
 */
export function markdownPath(permalink: string): string {
  const [pathname = ''] = permalink.split(/[?#]/);
  const bare = pathname.replace(/\/+$/, '').replace(/\.html$/, '');
  if (bare === '') throw new Error(`markdownPath: the site root has no Markdown version (${permalink})`);
  return `${bare}.md`;
}
