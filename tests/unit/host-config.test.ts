/**
 * The host files the build writes (src/plugins/host-config), for the root base path and a deeper one: the
 * redirects, the headers with the CSP, the nginx server block (checked by `nginx -t` when nginx is installed),
 * the redirect pages, the malformed-path rule and the case-sensitive route table.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {request} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import * as cheerio from 'cheerio';
import {describe, expect, it} from 'vitest';
import {
  MALFORMED_REQUEST,
  NGINX_LISTEN,
  REDIRECT_SCRIPT,
  checkBaseUrl,
  contentSecurityPolicy,
  hashSource,
  inlineHashes,
  netlifyHeaders,
  netlifyRedirects,
  nginxServerBlock,
  redirectPage,
} from '../../src/plugins/host-config/host-files';
import {legacyRedirects} from '../../src/plugins/host-config';
import {makeCaseSensitive} from '../../src/plugins/host-config/route-matching';
import {startStaticServer} from '../support/server';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BASES = ['/', '/guides/integration-guide/'] as const;

/** Route paths as Docusaurus reports them for a build with `base`: the overview (with its slash), pages, others. */
function routes(base: string): string[] {
  return ['', 'integration/', 'integration/iot', 'integration/glossary', 'search', '404.html'].map((p) => base + p);
}

const HASHES = {scripts: [hashSource('a()')], styles: [hashSource('display: none;')]};
const CSP = contentSecurityPolicy(HASHES);

describe.each(BASES)('host files for base path %s', (base) => {
  const redirects = legacyRedirects({routesPaths: routes(base), baseUrl: base, trailingSlash: false});

  it('redirects every legacy address of a guide page, under the base path, to the page', () => {
    expect(redirects).toEqual([
      {from: `${base}best-practices/architecture/integration`, to: `${base}integration`},
      {from: `${base}best-practices/architecture/integration/glossary`, to: `${base}integration/glossary`},
      {from: `${base}best-practices/architecture/integration/iot`, to: `${base}integration/iot`},
    ]);
  });

  it('adds a moved page to the redirects, and stops the build when its target or its old page is wrong', () => {
    const moved = (from: string, to: string) =>
      legacyRedirects({routesPaths: routes(base), baseUrl: base, trailingSlash: false, moved: [{from, to}]});
    expect(moved('/integration/old-iot', '/integration/iot')).toContainEqual({
      from: `${base}integration/old-iot`,
      to: `${base}integration/iot`,
    });
    expect(() => moved('/integration/old-iot', '/integration/nowhere')).toThrow(/no page for/);
    expect(() => moved('/integration/glossary', '/integration/iot')).toThrow(/still has that page/);
  });

  it('writes _redirects with a 301 a line', () => {
    const lines = netlifyRedirects(redirects)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines).toContain(`${base}best-practices/architecture/integration/iot ${base}integration/iot 301`);
    expect(lines).toHaveLength(redirects.length);
  });

  it('writes _headers for every path under the base path, the CSP among them', () => {
    const text = netlifyHeaders(base, CSP);
    expect(text).toContain(`\n${base}*\n`);
    expect(text).toContain(`  Content-Security-Policy: ${CSP}\n`);
    expect(text).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
  });

  it('writes an nginx block with the base path in every location, the redirects and the 404 page', () => {
    const conf = nginxServerBlock({baseUrl: base, redirects, csp: CSP});
    expect(conf).toContain(`error_page 404 ${base}404.html;`);
    expect(conf).toContain(`location ${base} {`);
    expect(conf).toContain(
      `location = "${base}best-practices/architecture/integration/iot" { return 301 "${base}integration/iot"; }`,
    );
    expect(conf).toContain(`location = ${base}nginx.conf { return 404; }`);
    expect(conf).toContain('merge_slashes off;');
    expect(conf).toMatch(/text\/markdown md;/);
    expect(conf).toMatch(/application\/octet-stream inv;/);
    expect(conf).toContain(`add_header Content-Security-Policy "${CSP}" always;`);
  });

  it.skipIf(!existsSync(NGINX))('writes an nginx block that nginx accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ig-nginx-conf-'));
    try {
      const block = nginxServerBlock({baseUrl: base, redirects, csp: CSP, root: dir}).replace(
        NGINX_LISTEN,
        'listen 127.0.0.1:9;',
      );
      writeFileSync(join(dir, 'site.conf'), block);
      writeFileSync(
        join(dir, 'nginx.conf'),
        `error_log ${dir}/error.log; pid ${dir}/nginx.pid; events {} http { access_log off; include ${dir}/site.conf; }`,
      );
      const output = execFileSync(NGINX, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
      expect(output).toBe('');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('base path', () => {
  it('refuses one that does not start and end with a slash, with a message', () => {
    expect(() => checkBaseUrl('guides')).toThrow(/must start and end with "\/"/);
    expect(() => checkBaseUrl('/guides')).toThrow(/must start and end with "\/"/);
    expect(checkBaseUrl('/guides/')).toBe('/guides/');
  });
});

describe('Content-Security-Policy', () => {
  it('allows scripts from the site and the hashed inline scripts only', () => {
    const script = /script-src ([^;]+)/.exec(CSP)?.[1];
    expect(script).toBe(`'self' ${HASHES.scripts[0]}`);
    expect(CSP).not.toMatch(/unsafe-eval|unsafe-inline/);
    for (const directive of [
      `default-src 'self'`,
      `object-src 'none'`,
      `base-uri 'self'`,
      `frame-ancestors 'none'`,
      `img-src 'self' data:`,
    ]) {
      expect(CSP).toContain(directive);
    }
  });

  it('allows inline styles by hash only, and no unsafe-hashes when there are none', () => {
    expect(CSP).toContain(`style-src 'self' 'unsafe-hashes' ${HASHES.styles[0]}`);
    expect(contentSecurityPolicy({scripts: [], styles: []})).toContain(`style-src 'self';`);
  });

  it('hashes every executable inline script and inline style once, not data blocks or external scripts', () => {
    const page = [
      '<html><head><script>a()</script><script type="application/ld+json">{"x":1}</script>',
      '<script src="/x.js"></script><script type="module">b()</script><style>p{color:red}</style></head>',
      '<body><svg style="display: none;"></svg><img style="width:1px"><script>a()</script></body></html>',
    ].join('');
    const hashes = inlineHashes([page, page]);
    expect(hashes.scripts).toEqual([hashSource('a()'), hashSource('b()')].sort());
    expect(hashes.styles).toEqual(
      [hashSource('p{color:red}'), hashSource('display: none;'), hashSource('width:1px')].sort(),
    );
    // A known vector: the SHA-256 of "alert(1)", base64.
    expect(hashSource('alert(1)')).toBe(`'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='`);
  });
});

describe('redirect page', () => {
  const html = redirectPage({
    to: '/guides/integration/iot',
    canonical: 'https://example.org/guides/integration/iot',
    title: 'IoT & "things" | Guide',
    lang: 'en',
  });
  const $ = cheerio.load(html);

  it('is valid HTML with a language, a title and a canonical link to the target', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect($('html').attr('lang')).toBe('en');
    expect($('title').text()).toBe('Moved: IoT & "things" | Guide');
    expect($('link[rel=canonical]').attr('href')).toBe('https://example.org/guides/integration/iot');
    expect($('a#target').attr('href')).toBe('/guides/integration/iot');
  });

  it('goes on with the anchor by one script that is the same on every redirect page', () => {
    expect($('script').text()).toBe(REDIRECT_SCRIPT);
    expect(REDIRECT_SCRIPT).toContain('location.hash');
    expect($('meta[http-equiv=refresh]').attr('content')).toBe('0; url=/guides/integration/iot');
  });
});

describe('malformed request targets', () => {
  const malformed = new RegExp(MALFORMED_REQUEST);

  it.each([
    '/integration//iot',
    '//integration/iot',
    '/integration/iot/..%2f',
    '/integration/iot%2F',
    '/integration/./iot',
    '/integration/../integration/iot',
    '/integration/iot/..',
    '/integration/%2e%2e/iot',
    '/integration/iot%5c',
    '/integration\\iot',
  ])('%s is malformed', (target) => {
    expect(malformed.test(target)).toBe(true);
  });

  it.each(['/', '/integration/iot', '/integration/', '/integration/iot?q=http://x//y', '/assets/js/main.1a2b.js'])(
    '%s is not',
    (target) => {
      expect(malformed.test(target)).toBe(false);
    },
  );
});

describe('case-sensitive routes', () => {
  it('marks every route, nested ones included', () => {
    const table = [{path: '/integration', routes: [{path: '/integration/iot'}]}, {path: '*'}];
    expect(makeCaseSensitive(table)).toBe(true);
    expect(table).toEqual([
      {path: '/integration', sensitive: true, routes: [{path: '/integration/iot', sensitive: true}]},
      {path: '*', sensitive: true},
    ]);
  });

  it('says so when the table is not what it expects', () => {
    expect(makeCaseSensitive({routes: []})).toBe(false);
    expect(makeCaseSensitive([{component: 'x'}])).toBe(false);
  });
});

describe('the test server (tests/support/server.ts)', () => {
  it('answers malformed and case-changed paths with the 404 page, as nginx does, instead of a page', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ig-server-'));
    mkdirSync(join(root, 'integration'));
    writeFileSync(join(root, 'index.html'), 'home');
    writeFileSync(join(root, '404.html'), 'not found');
    writeFileSync(join(root, 'integration', 'iot.html'), 'iot');
    const server = await startStaticServer({root});
    try {
      // node:http sends the target as written (fetch would resolve the encoded dot segment first).
      const answer = (path: string): Promise<string> =>
        new Promise((resolve, reject) => {
          request(`${server.origin}/`, {path}, (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => resolve(`${res.statusCode} ${body}`));
          })
            .on('error', reject)
            .end();
        });
      expect(await answer('/integration/iot')).toBe('200 iot');
      for (const path of [
        '/integration//iot',
        '/integration/IOT',
        '/integration/iot/..%2fiot',
        '/integration/%2e/iot',
      ]) {
        expect(await answer(path), path).toBe('404 not found');
      }
    } finally {
      await server.close();
      rmSync(root, {recursive: true, force: true});
    }
  });
});
