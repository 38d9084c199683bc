/**
 * The anchor contract's checks on a small build made up in a temporary folder, with a base path: a page, an anchor,
 * a redirect into the base, a redirect out of it and one to a page that is gone; and the contract file's format.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {
  CONTRACT_HEADER,
  brokenEntries,
  brokenMessage,
  contractText,
  parseContract,
  publishedEntries,
  sortEntries,
} from '../support/anchor-contract';

const BASE = '/guides/ig/';
const root = mkdtempSync(join(tmpdir(), 'anchor-contract-'));
const put = (path: string, html: string): void => {
  mkdirSync(dirname(join(root, path)), {recursive: true});
  writeFileSync(join(root, path), html);
};
const redirect = (to: string): string => `<html><head><meta http-equiv="refresh" content="0; url=${to}"></head></html>`;
put('index.html', '<main><h2 id="start">Start</h2></main>');
put(
  'integration/iot.html',
  '<article><h2 id="pitfalls">Pitfalls</h2><table><tr id="matrix-iot"></tr></table></article>',
);
put('legacy/iot/index.html', redirect(`${BASE}integration/iot`));
put('legacy/outside/index.html', redirect('/integration/iot'));
put('legacy/gone/index.html', redirect(`${BASE}integration/gone`));
put(
  'integration/xref.json',
  JSON.stringify({
    site: `https://x.example${BASE}`,
    entries: [
      {kind: 'page', url: `https://x.example${BASE}`, anchor: null},
      {kind: 'heading', url: `https://x.example${BASE}integration/iot#pitfalls`, anchor: 'pitfalls'},
    ],
  }),
);

afterAll(() => rmSync(root, {recursive: true, force: true}));

describe('anchor contract checks', () => {
  it('finds what resolves and says why the rest does not', () => {
    const broken = brokenEntries(
      [
        '/',
        '/#start',
        '/integration/iot',
        '/integration/iot#pitfalls',
        '/integration/iot#matrix-iot',
        '/integration/iot#gone',
        '/integration/gone',
        '/legacy/iot',
        '/legacy/outside',
        '/legacy/gone',
      ],
      root,
      BASE,
    );
    expect(broken).toEqual([
      {entry: '/integration/iot#gone', problem: 'integration/iot.html has no element with the id "gone"'},
      {entry: '/integration/gone', problem: 'the build has no page at this path'},
      {entry: '/legacy/outside', problem: `redirects to /integration/iot, outside the base path ${BASE}`},
      {entry: '/legacy/gone', problem: `redirects to ${BASE}integration/gone, which is not a page of the build`},
    ]);
    expect(brokenMessage(broken, root)).toMatch(/^4 published URL\(s\)[\s\S]*\/legacy\/gone: redirects/);
  });

  it('lists what the build publishes: xref entries and redirect pages, without the base path', () => {
    expect(publishedEntries(root, BASE)).toEqual([
      '/',
      '/integration/iot#pitfalls',
      '/legacy/gone',
      '/legacy/iot',
      '/legacy/outside',
    ]);
    expect(() => publishedEntries(root, '/')).toThrow(
      /made with the base path "\/guides\/ig\/" but the tests expect "\/"/,
    );
    expect(() => publishedEntries(join(root, 'nowhere'), BASE)).toThrow(/run "npm run build" first/);
  });

  it('writes a sorted file with its header, and reads it back without comments', () => {
    const text = contractText(['/b', '/a#x', '/a', '/a-b', '/a']);
    expect(text).toBe(`${[...CONTRACT_HEADER, '/a', '/a#x', '/a-b', '/b'].join('\n')}\n`);
    expect(parseContract(text)).toEqual(['/a', '/a#x', '/a-b', '/b']);
    expect(sortEntries(['/z', '/a'])).toEqual(['/a', '/z']);
  });
});
