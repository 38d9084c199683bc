/**
 * The build served by Debian's nginx with the server block the build wrote (build/nginx.conf), as a host would:
 * every page, `/x/`, the legacy 301s, unknown and malformed paths (the 404 page with status 404), content types
 * and the security headers over HTTP; then in Chromium every page under the Content-Security-Policy without a
 * violation or console error, and a legacy address keeping its `#anchor`. nginx runs as the test user on
 * 127.0.0.1 with a free port and a temporary prefix; the root holds the build at its base path.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {request} from 'node:http';
import {createServer, type AddressInfo} from 'node:net';
import {tmpdir, userInfo} from 'node:os';
import {dirname, extname, join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {useBrowser} from '../support/use-browser';
import {waitForHydration, watchPage} from '../support/page-watch';
import {BASE_URL, BUILD_DIR, sitePath, sitemapPaths} from '../support/site';
import {NGINX_LISTEN} from '../../src/plugins/host-config/host-files';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const PAGES = [...sitemapPaths().map((p) => sitePath(p)), sitePath('/search')];
const GUIDE = sitePath('/integration');
const LEGACY = sitePath('/best-practices/architecture/integration');
const NOT_FOUND_PAGE = readFileSync(join(BUILD_DIR, '404.html'), 'utf8');

/** Paths that name no page, each with the reason; all must get the 404 page. */
const NOT_FOUND: readonly string[] = [
  sitePath('/integration/no-such-page'),
  sitePath('/integration//iot'),
  sitePath('/integration/IOT'),
  sitePath('/integration/iot/..%2f'),
  sitePath('/integration/iot%2F'),
  sitePath('/integration/./iot'),
  sitePath('/integration/../integration/iot'),
  sitePath('/integration/%2e%2e/integration/iot'),
  sitePath('/nginx.conf'),
  sitePath('/_headers'),
];

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

let nginx: ChildProcess | undefined;
let prefix = '';
let origin = '';

/** GET of a raw request target (sent as written: no normalizing of `//`, `..` or escapes). */
function get(target: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/`, {path: target}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8')}),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The build's server block with this run's listen address and root; throws when either line is gone. */
function serverBlock(port: number, root: string): string {
  const block = readFileSync(join(BUILD_DIR, 'nginx.conf'), 'utf8');
  if (!block.includes(NGINX_LISTEN) || !/^\s*root [^;]+;$/m.test(block)) {
    throw new Error(`build/nginx.conf has no "${NGINX_LISTEN}" or "root ...;" line to adapt`);
  }
  return block.replace(NGINX_LISTEN, `listen 127.0.0.1:${port};`).replace(/^(\s*)root [^;]+;$/m, `$1root ${root};`);
}

beforeAll(async () => {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx is missing at ${NGINX}: run "npm run test:browser-setup" (as root) or apt-get install nginx`,
    );
  }
  prefix = mkdtempSync(join(tmpdir(), 'ig-nginx-'));
  // The root holds the build at the base path: the build itself for "/", else a link to it at that path.
  let root = BUILD_DIR;
  if (BASE_URL !== '/') {
    root = join(prefix, 'www');
    const at = join(root, BASE_URL.replace(/\/$/, ''));
    mkdirSync(dirname(at), {recursive: true});
    symlinkSync(BUILD_DIR, at);
  }
  const port = await freePort();
  writeFileSync(join(prefix, 'site.conf'), serverBlock(port, root));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/${t};`);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      // As root, nginx would hand its workers to "nobody": keep them as the user running the tests.
      process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log;`,
      'worker_processes 1;',
      'events { worker_connections 64; }',
      `http { access_log off; ${temp.join(' ')} include ${prefix}/site.conf; }`,
    ].join('\n'),
  );
  const errors: string[] = [];
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {stdio: 'pipe'});
  nginx.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      await get(sitePath('/'));
      break;
    } catch (error) {
      if (tries > 50 || nginx.exitCode !== null)
        throw new Error(`nginx did not start: ${errors.join('')}`, {cause: error});
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((ok) => nginx?.once('exit', ok));
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (prefix) rmSync(prefix, {recursive: true, force: true});
});

describe('nginx over HTTP', () => {
  it('answers every page of the sitemap with 200 and HTML', async () => {
    for (const path of PAGES) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(answer.body, path).toMatch(/^<!DOCTYPE html>/i);
    }
  });

  it('sends "/x/" to "/x" with a 301, and serves a folder that has an index', async () => {
    const slash = await get(sitePath('/integration/iot/?q=1'));
    expect(slash.status).toBe(301);
    expect(slash.headers.location).toBe(sitePath('/integration/iot?q=1'));
    expect((await get(sitePath('/integration/'))).status).toBe(200);
    expect((await get(sitePath('/'))).status).toBe(200);
  });

  it('answers every legacy address with a 301 to its page', async () => {
    const guide = PAGES.filter((p) => p === GUIDE || p.startsWith(`${GUIDE}/`));
    expect(guide.length).toBeGreaterThan(10);
    for (const path of guide) {
      const legacy = `${LEGACY}${path.slice(GUIDE.length)}`;
      const answer = await get(legacy);
      expect(answer.status, legacy).toBe(301);
      expect(answer.headers.location, legacy).toBe(path);
    }
  });

  it.each(NOT_FOUND)('answers %s with the 404 page and status 404', async (path) => {
    const answer = await get(path);
    expect(answer.status).toBe(404);
    expect(answer.body).toBe(NOT_FOUND_PAGE);
  });

  it('sends the right content types', async () => {
    const samples: Record<string, string> = {
      '.xml': 'application/xml; charset=utf-8',
      '.txt': 'text/plain; charset=utf-8',
      '.json': 'application/json; charset=utf-8',
      '.svg': 'image/svg+xml; charset=utf-8',
      '.css': 'text/css; charset=utf-8',
      '.js': 'application/javascript; charset=utf-8',
      '.png': 'image/png',
      '.md': 'text/markdown; charset=utf-8',
      '.inv': 'application/octet-stream',
      '.pdf': 'application/pdf',
    };
    const files = readdirSync(BUILD_DIR, {recursive: true, encoding: 'utf8'});
    const block = readFileSync(join(BUILD_DIR, 'nginx.conf'), 'utf8');
    for (const [ext, type] of Object.entries(samples)) {
      const file = files.find((f) => extname(f) === ext && !f.startsWith('_'));
      if (file) {
        const answer = await get(sitePath(`/${file}`));
        expect([answer.status, answer.headers['content-type']], file).toEqual([200, type]);
      } else {
        // This build has no such file (another feature writes them): the block must still type them.
        expect(block, ext).toMatch(new RegExp(`\\s${type.split(';')[0]} [\\w ]*\\b${ext.slice(1)}\\b`));
      }
    }
  });

  it('sends the Content-Security-Policy and the other headers with pages, redirects and errors', async () => {
    const csp = /^ {2}Content-Security-Policy: (.+)$/m.exec(readFileSync(join(BUILD_DIR, '_headers'), 'utf8'))?.[1];
    expect(csp).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    for (const path of [sitePath('/integration/iot'), `${LEGACY}/iot`, sitePath('/integration//iot')]) {
      const {headers} = await get(path);
      expect(headers['content-security-policy'], path).toBe(csp);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });
});

describe('nginx in Chromium, under the Content-Security-Policy', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 900}});

  /**
   * Opens each path in turn in one tab and returns its status and problems: console errors (Chromium's
   * "Refused to ..." among them) and CSP violation reports.
   */
  async function visitAll(paths: readonly string[]): Promise<{path: string; status?: number; problems: string[]}[]> {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const visits = [];
    for (const path of paths) {
      const before = problems.length;
      const response = await page.goto(origin + path, {waitUntil: 'load'});
      await waitForHydration(page);
      // A moment for the work after hydration (idle prefetches, lazy chunks) to report a violation.
      await page.waitForTimeout(150);
      visits.push({path, status: response?.status(), problems: problems.slice(before)});
    }
    await page.close();
    return visits;
  }

  beforeAll(async () => {
    // Reported as console errors, which watchPage collects, in case a violation is not logged by the browser.
    await browser.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    });
  });

  it('loads every page without a CSP violation or console error', {timeout: 120_000}, async () => {
    const started = Date.now();
    const failures = (await visitAll(PAGES)).flatMap(({path, status, problems}) => [
      ...(status === 200 ? [] : [`${path}: HTTP ${status}`]),
      ...problems.map((p) => `${path}: ${p}`),
    ]);
    expect(failures).toEqual([]);
    console.log(`${PAGES.length} pages through nginx in Chromium in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('shows the 404 page at unknown and malformed paths without a React error', async () => {
    // The browser resolves dot segments itself before sending, so those paths are left to the HTTP checks.
    const paths = NOT_FOUND.filter((p) => !/\.\.|\/\.\/|%2e/i.test(p));
    // The browser logs the document's own 404; anything else is a problem.
    const own = 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)';
    const failures = (await visitAll(paths)).flatMap(({path, status, problems}) => [
      ...(status === 404 ? [] : [`${path}: HTTP ${status}`]),
      ...problems.filter((p, i) => p !== own || problems.indexOf(own) !== i).map((p) => `${path}: ${p}`),
    ]);
    expect(failures).toEqual([]);
  });

  it('keeps the #anchor through a legacy address, by the 301 and by the redirect page', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await page.goto(`${origin}${LEGACY}/integration-use-cases#sso`);
    await page.waitForURL(`${origin}${GUIDE}/integration-use-cases#sso`);
    // "/x/" of a legacy address is its redirect page in the build: its script must run under the CSP.
    await page.goto(`${origin}${LEGACY}/iot/#top`);
    await page.waitForURL(`${origin}${GUIDE}/iot#top`);
    await waitForHydration(page);
    expect(problems).toEqual([]);
    await page.close();
  });
});
