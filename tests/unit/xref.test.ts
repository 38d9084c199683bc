/**
 * The cross-reference inventory: `toXrefExport` lists pages, headings and the data's link targets with absolute URLs
 * under any base path and refuses an anchor the built page lacks; `pageFacts` reads a built page; the Sphinx
 * inventory writer round-trips through a plain zlib decode and refuses names a reader would misread.
 */
import {inflateSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import matrix from '../../src/data/matrix';
import {glossaryList} from '../../src/data/glossary-queries';
import {capabilityList} from '../../src/data/capabilities';
import {
  XREF_EXPORT_VERSION,
  XREF_KINDS,
  pageName,
  serializeXrefExport,
  siteRoot,
  toXrefExport,
  type PageFacts,
} from '../../src/data/xref';
import {clip, isGeneratedId, isHiddenPage, pageFacts} from '../../src/plugins/xref/pages';
import {
  inventoryObjects,
  readObjectsInv,
  relativeUri,
  writeObjectsInv,
  type InventoryObject,
} from '../../src/plugins/xref/objects-inv';

const ROOT = 'https://docs.example.com/guides/ig/';

/** Pages as a build would describe them: the data's anchors on their pages, and one ordinary page with headings. */
function builtPages(): PageFacts[] {
  const page = (path: string, ids: string[], headings: PageFacts['headings'] = []): PageFacts => ({
    path,
    title: `Title of ${path}`,
    summary: `About ${path}.`,
    headings,
    ids: new Set([...ids, ...headings.map((h) => h.id)]),
  });
  return [
    page('/', []),
    page(
      '/integration/iot',
      [],
      [
        {id: 'the-need', title: 'The need', summary: 'Devices send data.'},
        {id: 'pitfalls', title: 'Pitfalls', summary: ''},
      ],
    ),
    page('/integration/integration-use-cases', [
      ...matrix.useCases.map((u) => `matrix-${u.id}`),
      ...matrix.useCases.map((u) => u.legacyAnchor),
    ]),
    page(
      '/integration/glossary',
      glossaryList.map((g) => g.id),
    ),
    page(
      '/integration/mendix-capabilities',
      capabilityList.map((c) => `cap-${c.id}`),
    ),
  ];
}

describe('siteRoot and pageName', () => {
  it('joins the origin and the base path into a root that ends in one slash', () => {
    expect(siteRoot('https://a.example', '/')).toBe('https://a.example/');
    expect(siteRoot('https://a.example/', '/guides/ig/')).toBe('https://a.example/guides/ig/');
    expect(siteRoot('https://a.example', 'guides/ig')).toBe('https://a.example/guides/ig/');
  });
  it('names a page by its path, and the landing page "index"', () => {
    expect(pageName('/integration/iot')).toBe('integration/iot');
    expect(pageName('/integration/')).toBe('integration');
    expect(pageName('/')).toBe('index');
  });
});

describe('toXrefExport', () => {
  const xref = toXrefExport(ROOT, builtPages());
  const find = (kind: string, name: string) => xref.entries.find((e) => e.kind === kind && e.name === name);

  it('states its version, its URL, the site root and the inventory under the base path', () => {
    expect(xref.version).toBe(XREF_EXPORT_VERSION);
    expect(xref.url).toBe(`${ROOT}integration/xref.json`);
    expect(xref.objectsInv).toBe(`${ROOT}integration/objects.inv`);
    expect(xref.site).toBe(ROOT);
  });

  it('counts every kind from the pages and the data', () => {
    expect(xref.counts).toEqual({
      page: 5,
      heading: 2,
      'matrix-row': matrix.useCases.length,
      'legacy-anchor': matrix.useCases.length,
      'glossary-term': glossaryList.length,
      capability: capabilityList.length,
    });
    expect(xref.entries.map((e) => e.kind)).toEqual(XREF_KINDS.flatMap((k) => Array(xref.counts[k]).fill(k)));
  });

  it('gives each entry an absolute URL under the root, its page and its anchor', () => {
    expect(find('page', 'index')?.url).toBe(ROOT);
    expect(find('page', 'integration/iot')).toMatchObject({url: `${ROOT}integration/iot`, anchor: null});
    expect(find('heading', 'integration/iot#the-need')).toMatchObject({
      url: `${ROOT}integration/iot#the-need`,
      page: 'integration/iot',
      summary: 'Devices send data.',
    });
    expect(find('heading', 'integration/iot#pitfalls')?.summary).toBe(
      'The section "Pitfalls" of "Title of /integration/iot".',
    );
    const first = matrix.useCases[0]!;
    expect(find('matrix-row', first.id)).toMatchObject({
      title: first.title,
      summary: first.summary,
      url: `${ROOT}integration/integration-use-cases#matrix-${first.id}`,
    });
    expect(find('legacy-anchor', first.legacyAnchor)?.url).toBe(
      `${ROOT}integration/integration-use-cases#${first.legacyAnchor}`,
    );
    const term = glossaryList[0]!;
    expect(find('glossary-term', term.id)).toMatchObject({
      title: term.term,
      url: `${ROOT}integration/glossary#${term.id}`,
    });
    const capability = capabilityList[0]!;
    expect(find('capability', capability.id)?.url).toBe(`${ROOT}integration/mendix-capabilities#cap-${capability.id}`);
    for (const e of xref.entries) expect(e.url.startsWith(ROOT), e.url).toBe(true);
  });

  it('refuses an anchor the built page does not have, and a name used twice', () => {
    const pages = builtPages().map((p) =>
      p.path === '/integration/glossary'
        ? {...p, ids: new Set([...p.ids].filter((id) => id !== glossaryList[1]!.id))}
        : p,
    );
    expect(() => toXrefExport(ROOT, pages)).toThrow(
      `glossary-term "${glossaryList[1]!.id}": /integration/glossary has no element with the id "${glossaryList[1]!.id}"`,
    );
    const twice = builtPages().map((p) =>
      p.path === '/integration/iot' ? {...p, headings: [...p.headings, p.headings[0]!]} : p,
    );
    expect(() => toXrefExport(ROOT, twice)).toThrow('two entries of kind heading are named "integration/iot#the-need"');
    expect(() => toXrefExport('https://a.example', builtPages())).toThrow(/must end in/);
  });

  it('serializes to JSON that round-trips', () => {
    expect(JSON.parse(serializeXrefExport(xref))).toEqual(JSON.parse(JSON.stringify(xref)));
  });
});

describe('pageFacts', () => {
  const html = `<!doctype html><html><head><title>Integration with IoT | Integration Guide</title>
    <meta name="description" content="Take in streams &amp; act on them."></head><body><main><article>
    <h1>Integration with IoT</h1>
    <h2 id="the-need">The need<a class="hash-link" href="#the-need">&#8203;</a></h2>
    <p>Devices send measurements. Then more happens.</p>
    <h2 id="methods">Methods</h2><div><p>Inside a component.</p></div>
    <h3 id="chooser_R_6q7dalbah_-results">Results</h3>
    <h3>No id</h3><table><tr id="matrix-iot"><td>x</td></tr></table>
    </article></main></body></html>`;
  const facts = pageFacts(html, '/integration/iot', 'Integration Guide');

  it('reads the title, description, headings with their opening sentence, and every id', () => {
    expect(facts.title).toBe('Integration with IoT');
    expect(facts.summary).toBe('Take in streams & act on them.');
    expect(facts.headings).toEqual([
      {id: 'the-need', title: 'The need', summary: 'Devices send measurements.'},
      {id: 'methods', title: 'Methods', summary: ''},
    ]);
    expect(facts.ids.has('matrix-iot')).toBe(true);
  });

  it('fails on a page without a title', () => {
    expect(() => pageFacts('<html><body><p>x</p></body></html>', '/x', 'Integration Guide')).toThrow(/no <title>/);
  });

  it('knows generated ids, redirect and noindex pages, and clips long text at a word', () => {
    expect(isGeneratedId('chooser_R_6q7dalbah_-results')).toBe(true);
    expect(isGeneratedId(':r1:')).toBe(true);
    expect(isGeneratedId('method-events')).toBe(false);
    expect(isHiddenPage('<meta http-equiv="refresh" content="0; url=/integration/iot">')).toBe(true);
    expect(isHiddenPage('<meta name="robots" content="noindex, nofollow">')).toBe(true);
    expect(isHiddenPage('<meta name="description" content="x">')).toBe(false);
    expect(clip('one two three four', 10)).toBe('one two…');
    expect(clip('short', 10)).toBe('short');
  });
});

describe('objects.inv', () => {
  it('makes uris relative to the folder of objects.inv, under any base path', () => {
    const folder = `${ROOT}integration/`;
    expect(relativeUri(`${ROOT}integration/iot#pitfalls`, folder)).toBe('iot#pitfalls');
    expect(relativeUri(`${ROOT}integration`, folder)).toBe('../integration');
    expect(relativeUri(ROOT, folder)).toBe('../');
    expect(relativeUri(`${ROOT}search`, folder)).toBe('../search');
    expect(relativeUri('https://a.example/', 'https://a.example/integration/')).toBe('../');
    expect(() => relativeUri('https://other.example/x', folder)).toThrow(/not on the site/);
  });

  const objects: InventoryObject[] = [
    {name: 'integration/iot', role: 'std:doc', priority: 1, uri: 'iot', dispname: 'Integration with IoT'},
    {name: 'matrix-iot', role: 'std:label', priority: 1, uri: 'integration-use-cases#matrix-iot', dispname: 'IoT'},
    {name: 'API gateway', role: 'std:term', priority: 1, uri: 'glossary#api-gateway', dispname: 'API gateway'},
    {name: 'pub/sub', role: 'std:term', priority: 2, uri: 'glossary#publish-subscribe', dispname: 'Publish-subscribe'},
  ];

  it('writes the four header lines, then a zlib body that a plain decode reads back', () => {
    const bytes = writeObjectsInv({project: 'Integration Guide', version: '2026-12-02'}, objects);
    const text = bytes.toString('latin1');
    const lines = text.split('\n').slice(0, 4);
    expect(lines).toEqual([
      '# Sphinx inventory version 2',
      '# Project: Integration Guide',
      '# Version: 2026-12-02',
      '# The remainder of this file is compressed using zlib.',
    ]);
    const headerLength = Buffer.byteLength(`${lines.join('\n')}\n`, 'latin1');
    const body = inflateSync(bytes.subarray(headerLength)).toString('utf8');
    expect(body.split('\n')).toEqual([
      'integration/iot std:doc 1 iot Integration with IoT',
      'matrix-iot std:label 1 integration-use-cases#$ IoT',
      'API gateway std:term 1 glossary#api-gateway -',
      'pub/sub std:term 2 glossary#publish-subscribe Publish-subscribe',
      '',
    ]);
    expect(readObjectsInv(bytes)).toEqual({project: 'Integration Guide', version: '2026-12-02', objects});
  });

  it('refuses what a reader would misread or not find', () => {
    const write = (o: InventoryObject) => () => writeObjectsInv({project: 'p', version: 'v'}, [o, o]);
    expect(write(objects[0]!)).toThrow('std:doc "integration/iot" is listed twice');
    expect(write({...objects[1]!, name: 'Matrix-IoT'})).toThrow(/looks labels up in lower case/);
    expect(write({...objects[2]!, name: 'OAuth 2 flow'})).toThrow(/word of digits/);
    expect(write({...objects[0]!, uri: 'a b'})).toThrow(/holds whitespace/);
    expect(() => readObjectsInv(Buffer.from('# Sphinx inventory version 1\na\nb\nc\n'))).toThrow(/not a version 2/);
  });

  it('maps each kind to its role: pages to std:doc, anchors to std:label, terms and aliases to std:term', () => {
    const xref = toXrefExport(ROOT, builtPages());
    const inv = inventoryObjects(xref);
    const count = (role: string) => inv.filter((o) => o.role === role).length;
    const aliases = glossaryList.reduce((n, g) => n + g.aliases.length, 0);
    expect(count('std:doc')).toBe(xref.counts.page);
    expect(count('std:label')).toBe(
      xref.counts.heading + xref.counts['matrix-row'] + xref.counts['legacy-anchor'] + xref.counts.capability,
    );
    expect(count('std:term')).toBe(glossaryList.length + aliases);
    expect(inv.find((o) => o.name === 'integration/iot#pitfalls')).toMatchObject({
      role: 'std:label',
      uri: 'iot#pitfalls',
    });
    expect(inv.find((o) => o.name === 'index')?.uri).toBe('../');
    expect(inv.find((o) => o.name === glossaryList[0]!.term)?.uri).toBe(`glossary#${glossaryList[0]!.id}`);
    expect(() => writeObjectsInv({project: 'p', version: 'v'}, inv)).not.toThrow();
  });
});
