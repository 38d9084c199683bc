/** The redirect rules cover every guide page by pattern, so new pages need no edit. */
import {describe, expect, it} from 'vitest';
import {createRedirects} from '../../src/plugins/redirects';

describe('createRedirects', () => {
  it('sends the original documentation path of every guide page to the page', () => {
    expect(createRedirects('/integration/iot')).toContain('/best-practices/architecture/integration/iot');
    expect(createRedirects('/integration/a-page-added-later')).toContain(
      '/best-practices/architecture/integration/a-page-added-later',
    );
    expect(createRedirects('/integration')).toContain('/best-practices/architecture/integration');
  });

  it('writes no trailing-slash redirect page that a folder-preferring host would loop on', () => {
    expect(createRedirects('/integration')).toEqual(['/best-practices/architecture/integration']);
    expect(createRedirects('/integration/glossary')).toEqual(['/best-practices/architecture/integration/glossary']);
    expect(createRedirects('/search')).toEqual([]);
  });

  it('leaves other routes alone', () => {
    expect(createRedirects('/')).toEqual([]);
    expect(createRedirects('/404.html')).toEqual([]);
    expect(createRedirects('/integrations-elsewhere')).toEqual([]);
  });
});
