/**
 * Makes the build servable from any static host, at any base path. After the build it writes:
 *
 * - a redirect page for every legacy address (the rules in ../redirects): valid HTML with a title, `lang`, a
 *   canonical link and a script that keeps the `#anchor`, for hosts that read no redirect rules;
 * - `_redirects` and `_headers` (Netlify, Cloudflare Pages) and `nginx.conf` (a server block), with HTTP 301s for
 *   those addresses and the security headers, among them a Content-Security-Policy that allows exactly the
 *   inline scripts and styles of the built pages, by hash (see ./host-files.ts).
 *
 * It also registers a client module that makes the router's matching case-sensitive, as the host's is.
 * Every path comes from `siteConfig.baseUrl`.
 */
import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {MOVED_PAGES, createRedirects, type MovedPage} from '../redirects';
import {canonicalPath} from '../../data/site';
import {
  checkBaseUrl,
  contentSecurityPolicy,
  inlineHashes,
  netlifyHeaders,
  netlifyRedirects,
  nginxServerBlock,
  redirectPage,
  type Redirect,
} from './host-files';

/** The site path of a base-relative path ("/integration/iot" under "/docs/" is "/docs/integration/iot"). */
function underBase(baseUrl: string, path: string): string {
  return `${baseUrl}${path.replace(/^\/+/, '')}`;
}

/**
 * The legacy redirects of the built routes and the moved pages' redirects, as full site paths, without any that
 * would shadow a real route. A moved page whose target is not a built route stops the build.
 */
export function legacyRedirects(options: {
  routesPaths: readonly string[];
  baseUrl: string;
  trailingSlash: boolean | undefined;
  moved?: readonly MovedPage[];
}): Redirect[] {
  const base = checkBaseUrl(options.baseUrl);
  const routes = new Set(options.routesPaths.map((path) => canonicalPath(path, options.trailingSlash)));
  const seen = new Set<string>();
  const redirects: Redirect[] = [];
  for (const route of routes) {
    if (!route.startsWith(base)) continue;
    const relative = `/${route.slice(base.length)}`;
    for (const legacy of createRedirects(canonicalPath(relative, false))) {
      const from = canonicalPath(underBase(base, legacy), options.trailingSlash);
      if (routes.has(from) || seen.has(from)) continue;
      seen.add(from);
      redirects.push({from, to: route});
    }
  }
  for (const moved of options.moved ?? MOVED_PAGES) {
    const from = canonicalPath(underBase(base, moved.from), options.trailingSlash);
    const to = canonicalPath(underBase(base, moved.to), options.trailingSlash);
    if (!routes.has(to)) {
      throw new Error(
        `src/plugins/redirects: MOVED_PAGES sends ${moved.from} to ${moved.to}, which the build has no page for.`,
      );
    }
    if (routes.has(from)) {
      throw new Error(`src/plugins/redirects: MOVED_PAGES redirects ${moved.from}, but the build still has that page.`);
    }
    if (seen.has(from)) continue;
    seen.add(from);
    redirects.push({from, to});
  }
  return redirects.sort((a, b) => a.from.localeCompare(b.from));
}

/** The build's file for a site path: `x.html` with `trailingSlash: false`, else `x/index.html`. */
function htmlFile(outDir: string, baseUrl: string, path: string, trailingSlash: boolean | undefined): string {
  const relative = path.slice(baseUrl.length).replace(/\/+$/, '');
  if (relative === '') return join(outDir, 'index.html');
  return trailingSlash === false ? join(outDir, `${relative}.html`) : join(outDir, relative, 'index.html');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

async function pageTitle(file: string, fallback: string): Promise<string> {
  try {
    const html = await readFile(file, 'utf8');
    const title = /<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1];
    // The title is stored escaped in the HTML; redirectPage escapes it again, so unescape the common entities.
    return title ? title.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') : fallback;
  } catch {
    return fallback;
  }
}

export default function hostConfig(context: LoadContext): Plugin {
  const {siteConfig} = context;
  const baseUrl = checkBaseUrl(siteConfig.baseUrl);
  return {
    name: 'host-config',
    getClientModules() {
      return [join(__dirname, 'case-sensitive-routes.ts')];
    },
    async postBuild({outDir, routesPaths}) {
      const {trailingSlash} = siteConfig;
      const redirects = legacyRedirects({routesPaths, baseUrl, trailingSlash});
      const origin = siteConfig.url.replace(/\/+$/, '');
      const lang = siteConfig.i18n.defaultLocale;
      for (const {from, to} of redirects) {
        const title = await pageTitle(htmlFile(outDir, baseUrl, to, trailingSlash), siteConfig.title);
        // `<from>/index.html`, as plugin-client-redirects wrote them: hosts that know only folder indexes serve it too.
        const file = htmlFile(outDir, baseUrl, from, true);
        await mkdir(dirname(file), {recursive: true});
        await writeFile(file, redirectPage({to, canonical: `${origin}${to}`, title, lang}));
      }
      // Every page, the redirect pages included, so the policy allows exactly what the build contains.
      const pages = await Promise.all((await htmlFiles(outDir)).map((file) => readFile(file, 'utf8')));
      const csp = contentSecurityPolicy(inlineHashes(pages));
      await writeFile(join(outDir, '_redirects'), netlifyRedirects(redirects));
      await writeFile(join(outDir, '_headers'), netlifyHeaders(baseUrl, csp));
      await writeFile(join(outDir, 'nginx.conf'), nginxServerBlock({baseUrl, redirects, csp}));
    },
  };
}
