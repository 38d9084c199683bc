/**
 * `/integration/xref.json` and `/integration/objects.inv` of the build under test: the inventory is read by Debian's
 * Sphinx (`/usr/bin/python3 -m sphinx.ext.intersphinx`, the reader intersphinx users run), its counts by role match
 * xref.json's counts by kind, named entries resolve to the URLs xref.json gives, and every entry's URL resolves in
 * the build, under its base path.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import matrix from '../../src/data/matrix';
import {glossaryList} from '../../src/data/glossary-queries';
import {capabilityList} from '../../src/data/capabilities';
import {OBJECTS_INV_PATH, XREF_EXPORT_PATH, XREF_KINDS, type XrefExport} from '../../src/data/xref';
import {builtPage} from '../support/built-pages';
import {BASE_URL, BUILD_DIR} from '../support/site';

/** Debian's Python, which has python3-sphinx; `python3` on PATH may be another Python without it. */
const PYTHON = '/usr/bin/python3';

const xref = JSON.parse(readFileSync(join(BUILD_DIR, ...XREF_EXPORT_PATH.split('/')), 'utf8')) as XrefExport;
const inventoryFile = join(BUILD_DIR, ...OBJECTS_INV_PATH.split('/'));

/** The inventory as Sphinx's intersphinx prints it: role → name → uri (relative to the inventory's folder). */
function readWithSphinx(): Map<string, Map<string, string>> {
  const probe = spawnSync(PYTHON, ['-c', 'import sphinx.ext.intersphinx'], {encoding: 'utf8'});
  if (probe.error || probe.status !== 0)
    throw new Error(
      `Debian's python3-sphinx is missing (${PYTHON} cannot import sphinx.ext.intersphinx). ` +
        'Run "npm run test:browser-setup" as root, or: sudo apt-get install -y python3-sphinx',
    );
  const output = execFileSync(PYTHON, ['-m', 'sphinx.ext.intersphinx', inventoryFile], {encoding: 'utf8'});
  const roles = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue;
    if (!line.startsWith('\t')) {
      if (!/^[a-z]+:[a-z]+$/.test(line)) throw new Error(`intersphinx could not read ${inventoryFile}:\n${output}`);
      current = new Map();
      roles.set(line, current);
      continue;
    }
    // "\t<name padded to 40> <dispname padded to 40>: <uri>", or without the dispname when it is the name.
    const uri = line.trim().split(/\s+/).at(-1) ?? '';
    current?.set(line.slice(1), uri);
  }
  return roles;
}

const inventory = readWithSphinx();

/** The uri intersphinx gives the object `name` of `role`, resolved to an absolute URL as a linking project would. */
function resolved(role: string, name: string): string | undefined {
  const lines = inventory.get(role) ?? new Map<string, string>();
  const prefix = `${name.padEnd(40)} `;
  const found = [...lines.entries()].find(([line]) => line.startsWith(prefix) || line === name);
  return found ? new URL(found[1], xref.objectsInv).href : undefined;
}

const url = (kind: string, name: string): string | undefined =>
  xref.entries.find((e) => e.kind === kind && e.name === name)?.url;

describe('xref.json and objects.inv', () => {
  it('xref.json is versioned, under the build base path, and counts what it lists', () => {
    expect(xref.version).toBe(1);
    expect(new URL(xref.site).pathname).toBe(BASE_URL);
    expect(xref.objectsInv).toBe(`${xref.site}${OBJECTS_INV_PATH.slice(1)}`);
    for (const kind of XREF_KINDS)
      expect(xref.counts[kind], kind).toBe(xref.entries.filter((e) => e.kind === kind).length);
    expect(xref.counts['matrix-row']).toBe(matrix.useCases.length);
    expect(xref.counts['legacy-anchor']).toBe(matrix.useCases.length);
    expect(xref.counts['glossary-term']).toBe(glossaryList.length);
    expect(xref.counts.capability).toBe(capabilityList.length);
    // The glossary's generated letters and terms are headings too.
    expect(url('heading', 'integration/glossary#letter-a')).toBe(`${xref.site}integration/glossary#letter-a`);
  });

  it('every entry of xref.json resolves in the build: its page exists and has the anchor', () => {
    const missing = xref.entries.filter((e) => {
      const path = `/${e.url.slice(xref.site.length).split('#')[0]}`;
      const page = builtPage(path);
      return !page || page.redirect !== undefined || (e.anchor !== null && !page.ids.has(e.anchor));
    });
    expect(missing.map((e) => `${e.kind} ${e.name}: ${e.url}`)).toEqual([]);
  });

  it('Sphinx reads objects.inv with as many objects of each role as xref.json has of the kinds behind it', () => {
    const count = (role: string) => inventory.get(role)?.size ?? 0;
    const aliases = glossaryList.reduce((n, g) => n + g.aliases.length, 0);
    expect([...inventory.keys()].sort()).toEqual(['std:doc', 'std:label', 'std:term']);
    expect(count('std:doc')).toBe(xref.counts.page);
    expect(count('std:label')).toBe(
      xref.counts.heading + xref.counts['matrix-row'] + xref.counts['legacy-anchor'] + xref.counts.capability,
    );
    expect(count('std:term')).toBe(xref.counts['glossary-term'] + aliases);
  });

  it('named objects resolve to the URLs xref.json gives them', () => {
    const useCase = matrix.useCases[0]!;
    const term = glossaryList.find((g) => g.aliases.length > 0)!;
    const capability = capabilityList[0]!;
    const page = xref.entries.find((e) => e.kind === 'page' && e.name.startsWith('integration/'))!;
    const heading = xref.entries.find((e) => e.kind === 'heading' && e.page === page.name)!;
    const checks: [string, string, string | undefined][] = [
      ['std:doc', 'index', xref.site],
      ['std:doc', 'integration', `${xref.site}integration`],
      ['std:doc', page.name, page.url],
      ['std:label', heading.name, heading.url],
      ['std:label', `matrix-${useCase.id}`, url('matrix-row', useCase.id)],
      ['std:label', useCase.legacyAnchor, url('legacy-anchor', useCase.legacyAnchor)],
      ['std:label', `cap-${capability.id}`, url('capability', capability.id)],
      ['std:term', term.term, url('glossary-term', term.id)],
      ['std:term', term.aliases[0]!, url('glossary-term', term.id)],
    ];
    for (const [role, name, expected] of checks) {
      expect(expected, `${role} ${name} in xref.json`).toBeDefined();
      expect(resolved(role, name), `${role} ${name}`).toBe(expected);
    }
  });

  it('a Sphinx project links to each kind with intersphinx, and its links land on the URLs xref.json gives', () => {
    const useCase = matrix.useCases[0]!;
    const term = glossaryList[0]!;
    const capability = capabilityList[0]!;
    const heading = xref.entries.find((e) => e.kind === 'heading' && e.page.startsWith('integration/'))!;
    const page = xref.entries.find((e) => e.kind === 'page' && e.name === heading.page)!;
    const references: [string, string | undefined][] = [
      [`:doc:\`ig:${page.name}\``, page.url],
      [`:ref:\`ig:${heading.name}\``, heading.url],
      [`:ref:\`ig:matrix-${useCase.id}\``, url('matrix-row', useCase.id)],
      [`:ref:\`ig:${useCase.legacyAnchor}\``, url('legacy-anchor', useCase.legacyAnchor)],
      [`:term:\`ig:${term.term.toLowerCase()}\``, url('glossary-term', term.id)],
      [`:ref:\`ig:cap-${capability.id}\``, url('capability', capability.id)],
      [':doc:`ig:index`', xref.site],
    ];
    const dir = mkdtempSync(join(tmpdir(), 'intersphinx-'));
    const mapping = `{'ig': (${JSON.stringify(xref.objectsInv.replace(/objects\.inv$/, ''))}, ${JSON.stringify(inventoryFile)})}`;
    writeFileSync(join(dir, 'conf.py'), `extensions = ['sphinx.ext.intersphinx']\nintersphinx_mapping = ${mapping}\n`);
    writeFileSync(join(dir, 'index.rst'), `Links\n=====\n\n${references.map(([ref]) => `- ${ref}`).join('\n')}\n`);
    // -n -W: a reference intersphinx cannot resolve is a warning, and the warning fails the build.
    const run = spawnSync(PYTHON, ['-m', 'sphinx', '-b', 'html', '-q', '-n', '-W', dir, join(dir, 'out')], {
      encoding: 'utf8',
    });
    const html = run.status === 0 ? readFileSync(join(dir, 'out', 'index.html'), 'utf8') : '';
    rmSync(dir, {recursive: true, force: true});
    expect(run.status, `sphinx-build failed:\n${run.stderr}`).toBe(0);
    const hrefs = [...html.matchAll(/<a class="reference external" href="([^"]+)"/g)].map((m) => new URL(m[1]!).href);
    expect(hrefs).toEqual(references.map(([, expected]) => expected));
  });
});
