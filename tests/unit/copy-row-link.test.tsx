/**
 * With JavaScript off (the static HTML), a matrix row has its plain `#` link and
 * no copy button: the button appears only after hydration (checked end to end).
 */
import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import CopyRowLink from '../../src/components/Matrix/CopyRowLink';
import MatrixTable from '../../src/components/Matrix/MatrixTable';

describe('CopyRowLink in static HTML', () => {
  it('renders nothing before hydration', () => {
    expect(renderToStaticMarkup(<CopyRowLink rowId="matrix-iot" title="IoT" />)).toBe('');
  });

  it('leaves each matrix row with its # link only', () => {
    const html = renderToStaticMarkup(<MatrixTable />);
    expect(html).toContain('href="#matrix-iot"');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('Copy link');
  });
});
