import React from 'react';
import Link from '@docusaurus/Link';
import {categories, useCases} from '@site/src/data/matrix';
import {categoryPath, pathToUseCase} from '@site/src/data/queries';

/**
 * The six solution categories, each linked with its one-line summary. A component rather than an expression in
 * the page, so the page's Markdown version draws the same list (src/plugins/markdown-pages/views.ts).
 */
export function CategoryList(): React.JSX.Element {
  return (
    <ul>
      {categories.map((c) => (
        <li key={c.id}>
          <Link to={categoryPath(c.id)}>{c.title}</Link>: {c.summary}
        </li>
      ))}
    </ul>
  );
}

/** Every use case, linked to its page (the Markdown version draws the same list). */
export function UseCaseList(): React.JSX.Element {
  return (
    <ul>
      {useCases.map((u) => (
        <li key={u.id}>
          <Link to={pathToUseCase(u.id)}>{u.title}</Link>
        </li>
      ))}
    </ul>
  );
}
