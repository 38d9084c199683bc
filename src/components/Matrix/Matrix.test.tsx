/** The matrix views rendered to static HTML, as the server renders them; an unknown id from MDX throws. */
import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {methods, useCases} from '@site/src/data/matrix';
import {fitOf} from '@site/src/data/queries';
import MatrixTable from './MatrixTable';
import Matrix from '.';
import UseCaseMethods from '@site/src/components/UseCaseMethods';
import MethodUseCases from '@site/src/components/MethodUseCases';
import UseCaseSummary from '@site/src/components/UseCaseSummary';
import {collectedAnchors} from '../../../tests/doubles/useBrokenLinks';

const html = (element: React.ReactElement): string => renderToStaticMarkup(element);
const count = (haystack: string, needle: string | RegExp): number => haystack.split(needle).length - 1;

describe('MatrixTable', () => {
  const out = html(<MatrixTable />);

  it('is a semantic table with a caption and scoped headers', () => {
    expect(out).toMatch(/<table[^>]*><caption[^>]*>Use cases and the integration methods that suit them<\/caption>/);
    expect(count(out, 'scope="col"')).toBe(methods.length + 1);
    expect(count(out, 'scope="row"')).toBe(useCases.length);
  });

  it('writes every cell as text, never colour alone', () => {
    const preferred = useCases.flatMap((u) => Object.values(u.fits)).filter((f) => f === 'preferred').length;
    const possible = useCases.flatMap((u) => Object.values(u.fits)).filter((f) => f === 'possible').length;
    expect(count(out, /data-fit="preferred"[^>]*>.*?Preferred<\/span>/)).toBe(preferred);
    expect(count(out, /data-fit="possible"[^>]*>.*?Possible<\/span>/)).toBe(possible);
    const cells = useCases.length * methods.length;
    expect(count(out, 'data-fit="none"')).toBe(cells - preferred - possible);
    expect(count(out, /data-fit="none"[^>]*>.*?Not listed<\/span>/)).toBe(cells - preferred - possible);
  });

  it('gives every row a stable id, registered for the anchor check', () => {
    for (const u of useCases) expect(out).toContain(`id="matrix-${u.id}"`);
    for (const u of useCases) expect(collectedAnchors).toContain(`matrix-${u.id}`);
  });

  it('scrolls inside a focusable region named by the caption', () => {
    expect(out).toMatch(/<div[^>]*role="region"[^>]*aria-labelledby="([^"]+)"[^>]*tabindex="0"/);
    const id = /aria-labelledby="([^"]+)"/.exec(out)?.[1];
    expect(out).toContain(`<caption id="${id}"`);
  });

  it('hides rows that do not pass the filter and marks the highlighted column', () => {
    const filtered = html(<MatrixTable filter={{method: 'ui', fit: 'preferred'}} />);
    expect(count(filtered, /<tr[^>]*hidden=""/)).toBe(useCases.filter((u) => fitOf(u, 'ui') !== 'preferred').length);
    expect(count(filtered, /<tr[^>]*hidden=""/)).toBeGreaterThan(0);
    expect(count(filtered, '(highlighted)')).toBe(1);
  });
});

describe('Matrix', () => {
  it('renders the legend with text for each mark and the whole table on the server', () => {
    const out = html(<Matrix />);
    expect(out).toMatch(/<dl[^>]*aria-label="Legend"/);
    expect(out).toContain('The common or preferred method for this use case');
    expect(count(out, /<tr[^>]*hidden=""/)).toBe(0);
    // The controls are in the server HTML (so nothing jumps on hydration) but disabled until JavaScript runs.
    expect(out).toMatch(/<fieldset[^>]*disabled=""[^>]*>.*<select/s);
    expect(out).toMatch(/<fieldset[^>]*><legend[^>]*>Highlight a method and filter the use cases<\/legend>/);
    expect(out).toContain('<noscript>Highlighting and filtering need JavaScript');
  });
});

describe('UseCaseMethods', () => {
  it("renders one use case's row with every method and its fit", () => {
    const out = html(<UseCaseMethods useCase="sso-identity" />);
    expect(out).toContain('Methods for SSO, directory and identity integration');
    expect(count(out, '<tr data-method=')).toBe(5);
    expect(out).toMatch(/data-method="ui".*?Possible/);
    expect(out).toMatch(/data-method="services".*?Preferred/);
    expect(count(out, 'data-fit="none"')).toBe(3);
    expect(out).toContain('href="/integration/integration-use-cases#matrix-sso-identity"');
  });

  it('throws for an unknown use case, naming the component, the id and the known ids (the build fails)', () => {
    expect(() => html(<UseCaseMethods useCase="sso" />)).toThrow(
      '<UseCaseMethods useCase="sso" />: there is no use case with id "sso". Known ids: sso-identity, reference-data',
    );
  });
});

describe('MethodUseCases', () => {
  it("renders one method's column, preferred first", () => {
    const out = html(<MethodUseCases method="batch" />);
    const ids = [...out.matchAll(/<tr data-use-case="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'reference-data',
      'bi-reporting',
      'export-import-batch',
      'distribute-data',
      'ops-monitoring',
      'iot',
    ]);
    expect(out).toContain('The other 9 use cases do not list it.');
  });

  it('throws for an unknown method', () => {
    expect(() => html(<MethodUseCases method="rpc" />)).toThrow(
      '<MethodUseCases method="rpc" />: there is no method with id "rpc". Known ids: ui, services, events',
    );
  });
});

describe('UseCaseSummary', () => {
  it('lists preferred and possible methods as links to their categories', () => {
    const out = html(<UseCaseSummary useCase="export-import-batch" />);
    expect(out).toContain('None: the choice depends on the situation.');
    expect(count(out, 'href="/integration/')).toBe(4 + 2);
  });

  it('throws for an unknown use case', () => {
    expect(() => html(<UseCaseSummary useCase="nope" />)).toThrow(
      '<UseCaseSummary useCase="nope" />: there is no use case with id "nope".',
    );
  });
});
