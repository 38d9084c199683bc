/** Site facts: canonical paths, the pre-filled "Report a problem" issue, robots.txt. */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {REPOSITORY_URL, SITE_URL, absoluteUrl, canonicalPath, reportProblemUrl} from '../../src/data/site';

describe('canonicalPath', () => {
  it('drops the trailing slash of an index doc when the site has none', () => {
    expect(canonicalPath('/integration/', false)).toBe('/integration');
    expect(canonicalPath('/integration/iot', false)).toBe('/integration/iot');
    expect(canonicalPath('/integration/#covers', false)).toBe('/integration#covers');
    expect(canonicalPath('/', false)).toBe('/');
  });

  it('adds it when the site uses trailing slashes, and leaves paths alone when unset', () => {
    expect(canonicalPath('/integration/iot?x=1', true)).toBe('/integration/iot/?x=1');
    expect(canonicalPath('/integration/', undefined)).toBe('/integration/');
  });
});

describe('absoluteUrl', () => {
  it('joins origin and path with exactly one slash', () => {
    expect(absoluteUrl('/a', 'https://x.org/')).toBe('https://x.org/a');
    expect(absoluteUrl('a', 'https://x.org')).toBe('https://x.org/a');
    expect(absoluteUrl('/llms.txt')).toBe(`${SITE_URL}/llms.txt`);
  });
});

describe('reportProblemUrl', () => {
  const page = {title: 'Events & queues: "why" #1', url: 'https://x.org/integration/event-integration'};
  const href = reportProblemUrl(page);

  it('opens a new issue in the repository', () => {
    expect(href.startsWith(`${REPOSITORY_URL}/issues/new?`)).toBe(true);
  });

  it('names the page in the title and the body, URL-encoded', () => {
    const params = new URL(href).searchParams;
    expect(params.get('title')).toBe('Problem on "Events & queues: "why" #1"');
    expect(params.get('body')).toContain(
      'Page: Events & queues: "why" #1\nURL: https://x.org/integration/event-integration\n',
    );
    // Nothing that would end the query early or break the URL is left raw.
    expect(href.slice(href.indexOf('?') + 1)).not.toMatch(/[ "#\n]|&(?!body=)/);
  });
});

describe('robots.txt', () => {
  it('allows every crawler and points to the sitemap of this site', () => {
    const robots = readFileSync(join(__dirname, '../../static/robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/^Disallow: \S/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE_URL.replace(/\./g, '\\.')}/sitemap\\.xml$`, 'm'));
  });
});
