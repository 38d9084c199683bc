/**
 * Browser-safe facts about the doc pages' preview images (Open Graph / Twitter
 * cards): their size and where each page's image lives. The doc pages' head
 * (src/theme/DocItem/Metadata), `npm run images` and the build's freshness
 * check (src/plugins/previews) all name a page's image through these, so they
 * agree on the file. Pages that are not docs keep the site-wide card
 * (`themeConfig.image`).
 */

/** Width and height of every preview image, in pixels, as Open Graph and Twitter's large card expect. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The folder under static/ (and the URL path under the site's base) that holds the doc pages' images. */
export const PREVIEWS_PATH = 'img/previews';

/** The file name of a doc's image, from the doc's slug ("/iot" gives "iot.png", the index "/" gives "index.png"). */
export function previewFileName(slug: string): string {
  const name = slug.replace(/^\/+|\/+$/g, '').replace(/\//g, '--') || 'index';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new Error(`A doc slug must be lowercase letters, digits, hyphens and slashes to name its preview: "${slug}"`);
  }
  return `${name}.png`;
}

/** The site path of a doc's image before the base URL, e.g. "/img/previews/iot.png". */
export function previewImagePath(slug: string): string {
  return `/${PREVIEWS_PATH}/${previewFileName(slug)}`;
}

/** The image's text alternative: it names the page and the guide. */
export function previewAlt(title: string, guide: string): string {
  return title === guide ? `${guide}: overview page` : `${title}: a page of the ${guide}`;
}
