/** The search wrapper's fix-up gives the landing page its real URL in the index. */
import {describe, expect, it} from 'vitest';
import {LANDING_STAND_IN, restoreLandingUrl, type SearchIndexFile} from '../../src/plugins/search-local/landing';

describe('restoreLandingUrl', () => {
  it('rewrites only the stand-in entries, in every document kind', () => {
    const file: SearchIndexFile = [
      {documents: [{u: `/${LANDING_STAND_IN}`}, {u: '/integration'}], index: {}},
      {documents: [{u: '/integration/iot'}], index: {}},
      {documents: [{u: `/${LANDING_STAND_IN}`}], index: {}},
    ];
    expect(restoreLandingUrl(file, '/')).toBe(2);
    expect(file.map((k) => k.documents.map((d) => d.u))).toEqual([['/', '/integration'], ['/integration/iot'], ['/']]);
  });

  it('respects a base URL', () => {
    const file: SearchIndexFile = [{documents: [{u: `/docs-site/${LANDING_STAND_IN}`}], index: {}}];
    expect(restoreLandingUrl(file, '/docs-site/')).toBe(1);
    expect(file[0]!.documents[0]!.u).toBe('/docs-site/');
  });
});
