/**
 * The deployment's variables (src/data/site-env.ts): defaults, each variable, bad values and their messages, how the
 * site config uses them (no repository: no edit link, no report link), and no placeholder address in the source.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {
  DEFAULT_BASE_URL,
  DEFAULT_REPOSITORY_BRANCH,
  DEFAULT_SITE_URL,
  SiteEnvError,
  editUrlBase,
  readSiteEnv,
} from '../../src/data/site-env';

const ROOT = join(__dirname, '../..');

describe('readSiteEnv', () => {
  it('falls back to the documented defaults when nothing is set, or a variable is empty', () => {
    const defaults = {siteUrl: 'http://localhost:3000', baseUrl: '/', repository: null};
    expect(readSiteEnv({})).toEqual(defaults);
    expect(readSiteEnv({GUIDE_SITE_URL: '', GUIDE_BASE_URL: ' ', GUIDE_REPOSITORY_URL: ''})).toEqual(defaults);
    expect([DEFAULT_SITE_URL, DEFAULT_BASE_URL, DEFAULT_REPOSITORY_BRANCH]).toEqual([
      'http://localhost:3000',
      '/',
      'main',
    ]);
  });

  it('takes the origin from GUIDE_SITE_URL, without a trailing slash', () => {
    expect(readSiteEnv({GUIDE_SITE_URL: 'https://docs.example.com/'}).siteUrl).toBe('https://docs.example.com');
    expect(readSiteEnv({GUIDE_SITE_URL: 'http://127.0.0.1:8080'}).siteUrl).toBe('http://127.0.0.1:8080');
  });

  it('takes the base path from GUIDE_BASE_URL, always with a leading and a trailing slash', () => {
    expect(readSiteEnv({GUIDE_BASE_URL: '/guides/integration-guide/'}).baseUrl).toBe('/guides/integration-guide/');
    expect(readSiteEnv({GUIDE_BASE_URL: '/guides/integration-guide'}).baseUrl).toBe('/guides/integration-guide/');
    expect(readSiteEnv({GUIDE_BASE_URL: '/'}).baseUrl).toBe('/');
  });

  it('takes the repository from GUIDE_REPOSITORY_URL and its branch from GUIDE_REPOSITORY_BRANCH', () => {
    expect(readSiteEnv({GUIDE_REPOSITORY_URL: 'https://git.example.com/docs/guide/'}).repository).toEqual({
      url: 'https://git.example.com/docs/guide',
      branch: 'main',
    });
    const env = {GUIDE_REPOSITORY_URL: 'http://git.example.com/docs/guide', GUIDE_REPOSITORY_BRANCH: 'release/2'};
    expect(readSiteEnv(env).repository).toEqual({url: 'http://git.example.com/docs/guide', branch: 'release/2'});
  });

  it('ignores a branch without a repository: no repository means no links to one', () => {
    expect(readSiteEnv({GUIDE_REPOSITORY_BRANCH: 'main'}).repository).toBeNull();
  });

  it.each([
    [
      'GUIDE_SITE_URL',
      'docs.example.com',
      /^GUIDE_SITE_URL="docs\.example\.com" is not an absolute URL\. Expected the origin/,
    ],
    [
      'GUIDE_SITE_URL',
      'https://docs.example.com/guide',
      /^GUIDE_SITE_URL=.* has a path \(\/guide\); put the path in GUIDE_BASE_URL/,
    ],
    ['GUIDE_SITE_URL', 'ftp://docs.example.com', /^GUIDE_SITE_URL=.* uses ftp, not http or https/],
    ['GUIDE_SITE_URL', 'https://docs.example.com/?a=1', /^GUIDE_SITE_URL=.* has a query or a fragment/],
    ['GUIDE_SITE_URL', 'https://me:secret@docs.example.com', /^GUIDE_SITE_URL=.* contains credentials/],
    ['GUIDE_BASE_URL', 'guides/', /^GUIDE_BASE_URL="guides\/" does not start with \/\. Expected the path/],
    ['GUIDE_BASE_URL', '/guides//x/', /^GUIDE_BASE_URL=.* has an empty, "\." or "\.\." segment/],
    ['GUIDE_BASE_URL', '/guides/../x/', /^GUIDE_BASE_URL=.* has an empty, "\." or "\.\." segment/],
    ['GUIDE_BASE_URL', '/guides?x', /^GUIDE_BASE_URL=.* contains \?, #/],
    ['GUIDE_BASE_URL', 'https://docs.example.com/guides/', /^GUIDE_BASE_URL=.* does not start with \//],
    ['GUIDE_REPOSITORY_URL', 'git@github.com:owner/repo.git', /^GUIDE_REPOSITORY_URL=.* is not an absolute URL/],
    [
      'GUIDE_REPOSITORY_URL',
      'ssh://git.example.com/docs/guide',
      /^GUIDE_REPOSITORY_URL=.* uses ssh, not http or https/,
    ],
    ['GUIDE_REPOSITORY_URL', 'https://git.example.com/', /^GUIDE_REPOSITORY_URL=.* names a host, not a repository/],
  ] as const)('rejects %s=%s with a message naming the variable', (name, value, message) => {
    const read = (): unknown => readSiteEnv({[name]: value});
    expect(read).toThrow(SiteEnvError);
    expect(read).toThrow(message);
  });

  it('rejects a bad GUIDE_REPOSITORY_BRANCH when a repository is set', () => {
    const env = {GUIDE_REPOSITORY_URL: 'https://git.example.com/docs/guide', GUIDE_REPOSITORY_BRANCH: 'a b'};
    expect(() => readSiteEnv(env)).toThrow(/^GUIDE_REPOSITORY_BRANCH="a b" is not a branch name/);
  });
});

describe('editUrlBase', () => {
  it('is the repository edit path on its branch, or nothing without a repository', () => {
    expect(editUrlBase({url: 'https://git.example.com/docs/guide', branch: 'main'})).toBe(
      'https://git.example.com/docs/guide/edit/main/',
    );
    expect(editUrlBase(null)).toBeUndefined();
  });
});

describe('docusaurus.config.ts', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function loadConfig(env: Record<string, string>) {
    for (const name of ['GUIDE_SITE_URL', 'GUIDE_BASE_URL', 'GUIDE_REPOSITORY_URL', 'GUIDE_REPOSITORY_BRANCH']) {
      vi.stubEnv(name, env[name] ?? '');
    }
    vi.resetModules();
    const config = (await import('../../docusaurus.config')).default;
    const [, preset] = config.presets[0] ?? [];
    return {config, editUrl: (preset as {docs: {editUrl?: unknown}}).docs.editUrl};
  }

  it('without a repository sets no edit URL and no repository for the report link', async () => {
    const {config, editUrl} = await loadConfig({});
    expect([config.url, config.baseUrl]).toEqual(['http://localhost:3000', '/']);
    expect(editUrl).toBeUndefined();
    expect(config.customFields).toEqual({repository: null});
  });

  it('takes the address, the base path and the repository from the environment', async () => {
    const {config, editUrl} = await loadConfig({
      GUIDE_SITE_URL: 'https://docs.example.com',
      GUIDE_BASE_URL: '/guides/integration-guide/',
      GUIDE_REPOSITORY_URL: 'https://git.example.com/docs/guide',
    });
    expect([config.url, config.baseUrl]).toEqual(['https://docs.example.com', '/guides/integration-guide/']);
    expect(editUrl).toBe('https://git.example.com/docs/guide/edit/main/');
    expect(config.customFields).toEqual({repository: {url: 'https://git.example.com/docs/guide', branch: 'main'}});
    // Head tags are not prefixed by Docusaurus, so the config gives them the base path.
    for (const tag of config.headTags) expect(tag.attributes.href).toMatch(/^\/guides\/integration-guide\/img\//);
  });

  it('stops on a bad value, naming the variable', async () => {
    await expect(loadConfig({GUIDE_SITE_URL: 'https://docs.example.com/guide'})).rejects.toThrow(/^GUIDE_SITE_URL=/);
  });
});

describe('the source', () => {
  // The host and organisation the guide once named as constants; neither belongs to the project.
  const PLACEHOLDERS = [/integration-guide\.example\.org/, /github\.com\/integration-guide\b/];

  it('names no placeholder host or repository in any tracked file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], {cwd: ROOT, encoding: 'utf8'})
      .split('\0')
      .filter((f) => f && !/\.(png|ico|woff2?|jpg)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(join(ROOT, file), 'utf8');
      } catch {
        continue; // deleted in the working tree but not yet staged
      }
      for (const placeholder of PLACEHOLDERS) expect(text, file).not.toMatch(placeholder);
    }
  });
});
