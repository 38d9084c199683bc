/**
 * The host configuration the build writes next to the pages (see ./index.ts), as pure functions of the site's
 * base path, its legacy redirects and the hashes of its inline scripts and styles, so the unit tests can check
 * them for any base path:
 *
 * - `_redirects` and `_headers`, read by Netlify and Cloudflare Pages;
 * - `nginx.conf`, a server block for nginx (listen and root are the two lines to adapt);
 * - the Content-Security-Policy shared by both;
 * - the HTML of a redirect page, for hosts that read none of these files.
 */
import {createHash} from 'node:crypto';
import * as cheerio from 'cheerio';

/** One legacy address and the page it now lives at, both full site paths (base path included). */
export interface Redirect {
  /** The old path, e.g. "/best-practices/architecture/integration/iot". */
  readonly from: string;
  /** The page's path, e.g. "/integration/iot". */
  readonly to: string;
}

/** The inline code of the built pages that the Content-Security-Policy must allow by hash. */
export interface InlineHashes {
  /** CSP sources ('sha256-...') of every distinct inline script that browsers execute. */
  readonly scripts: readonly string[];
  /** CSP sources of every distinct `style` attribute and `<style>` element. */
  readonly styles: readonly string[];
}

/** The files the build writes for hosts; nginx must not serve them (they are configuration, not pages). */
export const HOST_FILES = ['_redirects', '_headers', 'nginx.conf'] as const;

/** Where nginx.conf's two deployment-specific lines are: replace them to run the block elsewhere. */
export const NGINX_LISTEN = 'listen 80;';
export const NGINX_ROOT_PREFIX = 'root ';

/** A base path in the form Docusaurus requires: starts and ends with `/`. Throws with a clear message otherwise. */
export function checkBaseUrl(baseUrl: string): string {
  if (!/^\/([^/\s]+\/)*$/.test(baseUrl)) {
    throw new Error(`host-config: the base path must start and end with "/" (like "/" or "/docs/"), got "${baseUrl}"`);
  }
  return baseUrl;
}

/** The CSP source for a piece of inline code: `'sha256-<base64>'` of its UTF-8 text. */
export function hashSource(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** Script types that browsers execute (the rest, like application/ld+json, are data that CSP does not govern). */
function isExecutable(type: string | undefined): boolean {
  const value = (type ?? '').trim().toLowerCase();
  return value === '' || value === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(value);
}

/** The hashes of one page's inline scripts and inline styles, each once, sorted. */
export function inlineHashes(pages: readonly string[]): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const html of pages) {
    const $ = cheerio.load(html);
    $('script:not([src])').each((_, element) => {
      if (isExecutable($(element).attr('type'))) scripts.add(hashSource($(element).text()));
    });
    $('style').each((_, element) => void styles.add(hashSource($(element).text())));
    $('[style]').each((_, element) => void styles.add(hashSource($(element).attr('style') ?? '')));
  }
  return {scripts: [...scripts].sort(), styles: [...styles].sort()};
}

/**
 * The Content-Security-Policy. Scripts: the site's own files and the hashed inline scripts (no eval, no
 * 'unsafe-inline'). Styles: the site's own stylesheets and, by hash, its inline styles; 'unsafe-hashes' lets
 * those hashes match `style` attributes too (the theme renders one, the hidden SVG sprite's `display: none`),
 * which browsers without `style-src-attr` also read here.
 */
export function contentSecurityPolicy(hashes: InlineHashes): string {
  const styleHashes = hashes.styles.length > 0 ? [`'unsafe-hashes'`, ...hashes.styles] : [];
  return [
    `default-src 'self'`,
    ['script-src', `'self'`, ...hashes.scripts].join(' '),
    ['style-src', `'self'`, ...styleHashes].join(' '),
    `img-src 'self' data:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** The response headers every file gets, the CSP first. */
export function securityHeaders(csp: string): ReadonlyArray<readonly [name: string, value: string]> {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), geolocation=(), microphone=()'],
  ];
}

/** `_redirects`: one permanent redirect a line (a 301 keeps the `#anchor`, which browsers carry over). */
export function netlifyRedirects(redirects: readonly Redirect[]): string {
  const lines = redirects.map(({from, to}) => `${from} ${to} 301`);
  return ['# Written by the build (src/plugins/host-config): legacy addresses of the guide.', ...lines, ''].join('\n');
}

/** `_headers`: the security headers for every path under the base path. */
export function netlifyHeaders(baseUrl: string, csp: string): string {
  const lines = securityHeaders(csp).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Written by the build (src/plugins/host-config): headers for every file of the guide.',
    `${checkBaseUrl(baseUrl)}*`,
    ...lines,
    '',
  ].join('\n');
}

/** Quotes a value for nginx.conf (double quotes, with `"` and `\` escaped). */
function nginxString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * A request target that names no page: an empty segment (`//`), a dot segment (`/./`, `/../`), an encoded slash,
 * backslash, dot or NUL. nginx would merge or resolve those into a real page's path; they get the 404 page instead.
 * Only the path is checked, not the query.
 */
export const MALFORMED_REQUEST = String.raw`^[^?]*(//|/\.\.?(/|\?|$)|%2[fFeE]|%5[cC]|%00|\\)`;

/**
 * The nginx server block. It serves `/x` from `x.html` and `/x/` from `x/index.html` (or redirects it to `/x`),
 * answers every legacy path with a 301, unknown and malformed paths with the 404 page and status 404, sends the
 * headers with every response (errors included) and sets the content types itself. The block is complete
 * apart from `listen` and `root`: root is the folder that holds the build at the base path (for base "/",
 * the build itself).
 */
export function nginxServerBlock(options: {
  baseUrl: string;
  redirects: readonly Redirect[];
  csp: string;
  root?: string;
}): string {
  const base = checkBaseUrl(options.baseUrl);
  const notFound = `${base}404.html`;
  const headers = securityHeaders(options.csp).map(
    ([name, value]) => `    add_header ${name} ${nginxString(value)} always;`,
  );
  const redirects = options.redirects.map(
    ({from, to}) => `    location = ${nginxString(from)} { return 301 ${nginxString(to)}; }`,
  );
  const hidden = HOST_FILES.map((file) => `    location = ${base}${file} { return 404; }`);
  return [
    '# Written by the build (src/plugins/host-config): nginx server block for the Integration Guide.',
    `# Adapt "listen" and "root" (the folder that holds the build at ${base}), then include it in nginx's http block.`,
    'server {',
    `    ${NGINX_LISTEN}`,
    `    ${NGINX_ROOT_PREFIX}${options.root ?? '/var/www/integration-guide'};`,
    '',
    '    # "/integration//iot" is not "/integration/iot": no page has an empty segment.',
    '    merge_slashes off;',
    '    absolute_redirect off;',
    '    server_tokens off;',
    '    charset utf-8;',
    '    charset_types text/css text/plain text/markdown text/xml application/javascript application/json',
    '                  application/xml application/rss+xml application/atom+xml image/svg+xml;',
    '    default_type application/octet-stream;',
    '    types {',
    '        text/html html;',
    '        text/css css;',
    '        application/javascript js mjs;',
    '        application/json json;',
    '        application/manifest+json webmanifest;',
    '        application/xml xml;',
    '        text/plain txt;',
    '        text/markdown md;',
    '        image/svg+xml svg;',
    '        image/png png;',
    '        image/jpeg jpg jpeg;',
    '        image/webp webp;',
    '        image/x-icon ico;',
    '        font/woff2 woff2;',
    '        application/octet-stream inv;',
    '        application/pdf pdf;',
    '    }',
    '',
    ...headers,
    '',
    `    error_page 404 ${notFound};`,
    '',
    "    # Malformed targets: nginx would decode and resolve them into a page's path. The 404 page itself, reached",
    '    # by the internal redirect of error_page (which keeps the original request line), is let through.',
    '    set $malformed "";',
    `    if ($request_uri ~ ${nginxString(MALFORMED_REQUEST)}) { set $malformed 1; }`,
    `    if ($uri = ${nginxString(notFound)}) { set $malformed ""; }`,
    '    if ($malformed) { return 404; }',
    '',
    `    location = ${notFound} { internal; }`,
    ...hidden,
    '',
    '    # Legacy addresses of the guide.',
    ...redirects,
    '',
    '    # "/x/": the folder\'s index.html when there is one, else a permanent redirect to "/x".',
    '    location ~ /$ {',
    '        try_files ${uri}index.html @strip-slash;',
    '    }',
    '    location @strip-slash {',
    '        rewrite ^(.+?)/+$ $1 permanent;',
    '        return 404;',
    '    }',
    '    # "/x": the file x, else the page x.html. A folder is never served as such.',
    `    location ${base} {`,
    '        try_files $uri $uri.html =404;',
    '    }',
    '}',
    '',
  ].join('\n');
}

/** Escapes text for an HTML attribute or element. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The one script of every redirect page: it goes to the link's target with the query and the `#anchor` of the
 * address that was asked for. It is the same text on every redirect page, so the CSP needs one hash for all.
 */
export const REDIRECT_SCRIPT =
  'location.replace(document.getElementById("target").getAttribute("href")+location.search+location.hash)';

/** A redirect page for hosts without redirect rules: valid HTML that goes to `to`, with a link for readers. */
export function redirectPage(options: {to: string; canonical: string; title: string; lang: string}): string {
  const to = escapeHtml(options.to);
  const title = escapeHtml(options.title);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(options.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>Moved: ${title}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(options.canonical)}">`,
    `<meta http-equiv="refresh" content="0; url=${to}">`,
    '</head>',
    '<body>',
    `<p>This page has moved to <a id="target" href="${to}">${title}</a>.</p>`,
    `<script>${REDIRECT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
