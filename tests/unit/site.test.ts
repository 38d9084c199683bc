/** Site facts: canonical paths, the pre-filled "Report a problem" issue, robots.txt. */
import {describe, expect, it} from 'vitest';
import {absoluteUrl, canonicalPath, reportProblemUrl, siteRepository} from '../../src/data/site';
import {robotsTxt} from '../../src/plugins/robots-txt';

const REPOSITORY_URL = 'https://git.example.com/docs/guide';

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

  it('keeps the slash of the base path, which is the home page', () => {
    expect(canonicalPath('/guides/integration-guide/', false, '/guides/integration-guide/')).toBe(
      '/guides/integration-guide/',
    );
    expect(canonicalPath('/guides/integration-guide/integration/', false, '/guides/integration-guide/')).toBe(
      '/guides/integration-guide/integration',
    );
  });
});

describe('absoluteUrl', () => {
  it('joins origin and path with exactly one slash', () => {
    expect(absoluteUrl('/a', 'https://x.org/')).toBe('https://x.org/a');
    expect(absoluteUrl('a', 'https://x.org')).toBe('https://x.org/a');
    expect(absoluteUrl('/guides/llms.txt', 'http://localhost:3000')).toBe('http://localhost:3000/guides/llms.txt');
  });
});

describe('reportProblemUrl', () => {
  const page = {title: 'Events & queues: "why" #1', url: 'https://x.org/integration/event-integration'};
  const href = reportProblemUrl(page, REPOSITORY_URL);

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
  it('allows every crawler and points to the sitemap of this site, under its base path', () => {
    const robots = robotsTxt('https://docs.example.com', '/guides/integration-guide/');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/^Disallow: \S/m);
    expect(robots).toMatch(/^Sitemap: https:\/\/docs\.example\.com\/guides\/integration-guide\/sitemap\.xml$/m);
    expect(robotsTxt('http://localhost:3000', '/')).toMatch(/^Sitemap: http:\/\/localhost:3000\/sitemap\.xml$/m);
  });
});

describe('siteRepository', () => {
  it('reads the repository from the customFields the config writes, or null for none', () => {
    const repository = {url: REPOSITORY_URL, branch: 'main'};
    expect(siteRepository({repository})).toEqual(repository);
    expect(siteRepository({repository: null})).toBeNull();
  });

  it('fails loudly when the field is missing or malformed', () => {
    expect(() => siteRepository({})).toThrow(/customFields\.repository is missing or malformed/);
    expect(() => siteRepository(undefined)).toThrow(/customFields\.repository/);
    expect(() => siteRepository({repository: {url: REPOSITORY_URL}})).toThrow(/customFields\.repository/);
  });
});
