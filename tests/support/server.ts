/**
 * A small static server for the built site, bound to 127.0.0.1 only. It serves
 * the build the way a static host does with `trailingSlash: false`: `/a/b`
 * answers with `a/b.html`, `/a/b/` redirects to `/a/b`, unknown paths get the
 * site's 404 page with status 404, and so do malformed ones (`/a//b`, `/a/./b`,
 * an encoded slash or dot...), which it never merges or resolves into a page's
 * path: the same rule as the nginx block the build writes (src/plugins/host-config).
 * With `base` (a build's base path such as `/guides/integration-guide/`), the
 * build is served under that path only, and every path outside it gets the 404
 * page. With `gzip`, it compresses text responses (the benchmark uses that;
 * tests do not need it).
 */
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';
import {createGzip} from 'node:zlib';
import type {AddressInfo} from 'node:net';
import {MALFORMED_REQUEST} from '../../src/plugins/host-config/host-files';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.md']);

export interface StaticServer {
  /** Origin such as http://127.0.0.1:41234, without a trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

const MALFORMED = new RegExp(MALFORMED_REQUEST);

/** Whether a raw request target (path and query, as sent) names no page: see MALFORMED_REQUEST. */
export function isMalformed(target: string): boolean {
  return MALFORMED.test(target);
}

/** Maps a URL path onto a file of the build, or undefined when there is none. */
export function resolveFile(root: string, pathname: string): string | undefined {
  if (isMalformed(pathname)) return undefined;
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, safe);
  if (!base.startsWith(root)) return undefined;
  const candidates = safe.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find(isFile);
}

/** The path inside the build of a URL path under `base` ("/" or "/a/b/"), or undefined when it is outside. */
export function pathInBase(base: string, pathname: string): string | undefined {
  if (base === '/') return pathname;
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? pathname.slice(base.length - 1) : undefined;
}

export async function startStaticServer(options: {
  root: string;
  gzip?: boolean;
  port?: number;
  base?: string;
}): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = options.base ?? '/';
  if (!/^\/(?:[^/]+\/)*$/.test(base)) throw new Error(`The base path ${base} must start and end with "/".`);
  if (!isFile(join(root, 'index.html'))) {
    throw new Error(`No built site in ${root}: run "npm run build" first.`);
  }
  const server: Server = createServer((req, res) => {
    // The URL parser resolves dot segments (even encoded ones), so malformed targets are caught on the raw one.
    const malformed = isMalformed(req.url ?? '/');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, {'content-type': 'text/plain'}).end('Bad request');
      return;
    }
    const inBase = malformed ? undefined : pathInBase(base, pathname);
    if (
      inBase !== undefined &&
      inBase.length > 1 &&
      inBase.endsWith('/') &&
      !isFile(join(root, inBase, 'index.html'))
    ) {
      res.writeHead(301, {location: pathname.replace(/\/+$/, '') + url.search}).end();
      return;
    }
    const rawInBase = malformed ? undefined : pathInBase(base, url.pathname);
    const file = rawInBase === undefined ? undefined : resolveFile(root, rawInBase);
    const status = file ? 200 : 404;
    const served = file ?? join(root, '404.html');
    const ext = extname(served);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    };
    const gzip = options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(status, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(served);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
