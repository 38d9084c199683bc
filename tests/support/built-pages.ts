/**
 * Looks into the build under test (BUILD_DIR) the way a host serves it: the file of a URL path without the base
 * path, whether it is a redirect page and where to, and the ids of a page. Used by the anchor contract and the xref
 * checks; cached, since many anchors share a page.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {load} from 'cheerio';
import {BASE_URL, BUILD_DIR} from './site';

/** The built HTML file of a path without the base (`/integration/iot`, `/`), or undefined. */
export function builtFile(path: string, root: string = BUILD_DIR): string | undefined {
  const bare = path.replace(/^\/+|\/+$/g, '');
  const candidates = bare === '' ? ['index.html'] : [`${bare}.html`, join(bare, 'index.html')];
  return candidates.map((c) => join(root, c)).find((file) => existsSync(file));
}

/** Where a redirect page sends the reader. */
export interface Redirect {
  /** The URL in its meta refresh, as written. */
  readonly target: string;
  /** That URL's path without the base path, or undefined when it does not start with the base path. */
  readonly path: string | undefined;
}

/** What a built page offers a link: its ids and, for a redirect page, where it sends the reader. */
export interface BuiltPage {
  readonly file: string;
  readonly ids: ReadonlySet<string>;
  readonly redirect: Redirect | undefined;
}

const cache = new Map<string, BuiltPage | undefined>();

/** The built page of a path without the base, or undefined when the build has no file for it. */
export function builtPage(path: string, root: string = BUILD_DIR, base: string = BASE_URL): BuiltPage | undefined {
  const key = `${root}\n${base}\n${path}`;
  if (cache.has(key)) return cache.get(key);
  const file = builtFile(path, root);
  let page: BuiltPage | undefined;
  if (file) {
    const $ = load(readFileSync(file, 'utf8'));
    const ids = new Set<string>();
    $('[id]').each((_, element) => void ids.add($(element).attr('id') ?? ''));
    const refresh = $('meta[http-equiv="refresh" i]').attr('content');
    const target = refresh ? /url=(.*)$/i.exec(refresh)?.[1]?.trim() : undefined;
    const redirect =
      target === undefined
        ? undefined
        : {target, path: target.startsWith(base) ? `/${target.slice(base.length)}`.split('#')[0] : undefined};
    page = {file, ids, redirect};
  }
  cache.set(key, page);
  return page;
}
