/**
 * `/integration/objects.inv`: the guide's link targets as a Sphinx inventory (format version 2), so a Sphinx project
 * can link into the guide with intersphinx. The file is four header lines, then zlib-compressed lines
 * `name domain:role priority uri dispname`, where a `uri` ending in `$` stands for the uri with the name in its place
 * and a dispname `-` for the name itself.
 *
 * How the entries of `xref.json` become objects (`inventoryObjects`):
 * - a page: `std:doc`, named like its xref entry (`integration/iot`), displayed as its title;
 * - a heading: `std:label`, named like its xref entry (`integration/iot#pitfalls`), displayed as its text;
 * - a matrix row, a legacy anchor, a capability: `std:label` named by its anchor (`matrix-iot`, `sso`,
 *   `cap-task-queues`), displayed as the use case's title or the capability's name;
 * - a glossary term: `std:term` named by the term as the page writes it (`API gateway`), and by each of its aliases
 *   (priority 2), displayed as the term.
 * Every uri is relative to the folder of `objects.inv` (`<site>/integration/`), so the mapping's URL is that folder.
 */
import {deflateSync, inflateSync} from 'node:zlib';
import {glossaryList} from '../../data/glossary-queries';
import type {XrefExport} from '../../data/xref';

/** One object of the inventory. */
export interface InventoryObject {
  /** The name a reference uses; a `std:label` name is lower case, as Sphinx looks labels up in lower case. */
  readonly name: string;
  /** `domain:role`, such as `std:label`. */
  readonly role: string;
  /** Sphinx's search priority: 1 for ordinary entries, 2 for less important ones. */
  readonly priority: number;
  /** The target, relative to the inventory's folder, without the `$` shorthand. */
  readonly uri: string;
  /** The text a reference shows. */
  readonly dispname: string;
}

/** The inventory's header facts. */
export interface InventoryHeader {
  readonly project: string;
  readonly version: string;
}

const HEADER_FIRST = '# Sphinx inventory version 2';
const HEADER_LAST = '# The remainder of this file is compressed using zlib.';

/** Whitespace would end a field early: the header and the names keep single spaces only, uris none. */
const single = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The uri of the absolute `url` relative to the folder URL `folder` (which ends in `/`), such as `iot#pitfalls` or `../`. */
export function relativeUri(url: string, folder: string): string {
  if (url.startsWith(folder)) return url.slice(folder.length);
  const target = new URL(url);
  const from = new URL(folder);
  if (target.origin !== from.origin) throw new Error(`objects.inv: ${url} is not on the site of ${folder}`);
  const up = from.pathname.split('/').slice(1, -1);
  const down = target.pathname.split('/').slice(1);
  let common = 0;
  while (common < up.length && common < down.length - 1 && up[common] === down[common]) common += 1;
  return `${'../'.repeat(up.length - common)}${down.slice(common).join('/')}${target.search}${target.hash}`;
}

/** The objects of the inventory, in the order of the xref entries (see the comment at the top of this file). */
export function inventoryObjects(xref: XrefExport): InventoryObject[] {
  const folder = xref.objectsInv.slice(0, xref.objectsInv.lastIndexOf('/') + 1);
  const uri = (url: string): string => relativeUri(url, folder);
  const terms = new Map(glossaryList.map((g) => [g.id, g]));
  return xref.entries.flatMap((e): InventoryObject[] => {
    switch (e.kind) {
      case 'page':
        return [{name: e.name, role: 'std:doc', priority: 1, uri: uri(e.url), dispname: e.title}];
      case 'heading':
        return [{name: e.name, role: 'std:label', priority: 1, uri: uri(e.url), dispname: e.title}];
      case 'matrix-row':
      case 'legacy-anchor':
      case 'capability':
        return [{name: e.anchor ?? e.name, role: 'std:label', priority: 1, uri: uri(e.url), dispname: e.title}];
      case 'glossary-term': {
        const aliases = terms.get(e.name as (typeof glossaryList)[number]['id'])?.aliases ?? [];
        return [
          {name: e.title, role: 'std:term', priority: 1, uri: uri(e.url), dispname: e.title},
          ...aliases.map((alias) => ({name: alias, role: 'std:term', priority: 2, uri: uri(e.url), dispname: e.title})),
        ];
      }
    }
  });
}

/** Every problem that would make an inventory unreadable or ambiguous; empty when it is sound. */
export function inventoryProblems(objects: readonly InventoryObject[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const o of objects) {
    const key = `${o.role} ${o.role === 'std:label' || o.role === 'std:term' ? o.name.toLowerCase() : o.name}`;
    if (seen.has(key)) problems.push(`${o.role} "${o.name}" is listed twice`);
    seen.add(key);
    if (!o.name.trim() || o.name !== single(o.name)) problems.push(`${o.role} "${o.name}": a name is one trimmed line`);
    if (/\s-?\d+(\s|$)/.test(o.name))
      problems.push(`${o.role} "${o.name}": a word of digits after a space would be read as the priority`);
    if (o.role === 'std:label' && o.name !== o.name.toLowerCase())
      problems.push(`std:label "${o.name}": Sphinx looks labels up in lower case`);
    if (!/^[a-z]+:[a-z]+$/.test(o.role)) problems.push(`"${o.name}": the role "${o.role}" is not domain:role`);
    if (/\s/.test(o.uri)) problems.push(`${o.role} "${o.name}": the uri "${o.uri}" holds whitespace`);
  }
  return problems;
}

/** The file's bytes. Throws, naming every problem, when an object cannot be written unambiguously. */
export function writeObjectsInv(header: InventoryHeader, objects: readonly InventoryObject[]): Buffer {
  const problems = inventoryProblems(objects);
  if (problems.length > 0) throw new Error(`objects.inv: cannot write the inventory:\n- ${problems.join('\n- ')}`);
  const lines = objects.map((o) => {
    const uri = o.uri.endsWith(o.name) && o.uri.length > o.name.length ? `${o.uri.slice(0, -o.name.length)}$` : o.uri;
    const dispname = o.dispname === o.name ? '-' : single(o.dispname);
    return `${o.name} ${o.role} ${o.priority} ${uri} ${dispname}\n`;
  });
  const head = [
    HEADER_FIRST,
    `# Project: ${single(header.project)}`,
    `# Version: ${single(header.version)}`,
    HEADER_LAST,
  ]
    .map((line) => `${line}\n`)
    .join('');
  return Buffer.concat([Buffer.from(head, 'utf8'), deflateSync(Buffer.from(lines.join(''), 'utf8'), {level: 9})]);
}

/** Reads an inventory written by `writeObjectsInv` (or by Sphinx) back into its header and objects. */
export function readObjectsInv(bytes: Buffer): InventoryHeader & {objects: InventoryObject[]} {
  let offset = 0;
  const header: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    const end = bytes.indexOf(0x0a, offset);
    if (end < 0) throw new Error('objects.inv: the header ends before its fourth line');
    header.push(bytes.subarray(offset, end).toString('utf8'));
    offset = end + 1;
  }
  if (header[0] !== HEADER_FIRST) throw new Error(`objects.inv: not a version 2 inventory: "${header[0]}"`);
  if (!header[3]?.includes('zlib')) throw new Error(`objects.inv: the body is not zlib-compressed: "${header[3]}"`);
  const objects = inflateSync(bytes.subarray(offset))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line): InventoryObject => {
      const m = /^(.+?)\s+(\S+)\s+(-?\d+)\s+?(\S*)\s+(.*)$/.exec(line);
      if (!m) throw new Error(`objects.inv: cannot read the line "${line}"`);
      const [, name = '', role = '', priority = '', rawUri = '', dispname = ''] = m;
      const uri = rawUri.endsWith('$') ? `${rawUri.slice(0, -1)}${name}` : rawUri;
      return {name, role, priority: Number(priority), uri, dispname: dispname === '-' ? name : dispname};
    });
  return {
    project: header[1]?.slice('# Project: '.length) ?? '',
    version: header[2]?.slice('# Version: '.length) ?? '',
    objects,
  };
}
