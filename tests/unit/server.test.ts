/** The test server's base path: which request paths are inside the build and what they map to. */
import {describe, expect, it} from 'vitest';
import {pathInBase} from '../support/server';

describe('pathInBase', () => {
  it('maps every path when the base is /', () => {
    expect(pathInBase('/', '/integration/iot')).toBe('/integration/iot');
    expect(pathInBase('/', '/')).toBe('/');
  });

  it('strips the base path, and takes the base without its slash as the home page', () => {
    const base = '/guides/integration-guide/';
    expect(pathInBase(base, '/guides/integration-guide/integration/iot')).toBe('/integration/iot');
    expect(pathInBase(base, '/guides/integration-guide/')).toBe('/');
    expect(pathInBase(base, '/guides/integration-guide')).toBe('/');
  });

  it('leaves paths outside the base unmapped, including ones that only share its prefix', () => {
    const base = '/guides/integration-guide/';
    expect(pathInBase(base, '/integration/iot')).toBeUndefined();
    expect(pathInBase(base, '/')).toBeUndefined();
    expect(pathInBase(base, '/guides/integration-guide-old/x')).toBeUndefined();
  });
});
