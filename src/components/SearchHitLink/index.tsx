import React from 'react';
import {useHistory} from '@docusaurus/router';
import type {SearchHit} from '@site/src/search/engine';
import {HIGHLIGHT_PARAM, MAX_HIGHLIGHT_TERMS} from '@site/src/search/limits';
import styles from './styles.module.css';

/** The address of a hit: its page, the terms to highlight there, and the section's anchor. */
export function hitHref(hit: SearchHit): string {
  const params = new URLSearchParams();
  for (const term of hit.terms.slice(0, MAX_HIGHLIGHT_TERMS)) params.append(HIGHLIGHT_PARAM, term);
  const search = params.size > 0 ? `?${params.toString()}` : '';
  return `${hit.route}${search}${hit.anchor ? `#${hit.anchor}` : ''}`;
}

interface Props {
  /** The result to link to. */
  readonly hit: SearchHit;
  /** Whether to show the first words of the section under its title. */
  readonly withExcerpt?: boolean;
  /** Called when the link is followed (the search box closes its list). */
  readonly onFollow?: () => void;
}

/**
 * One search result as a real link: the page's title, the section it lands on, and optionally its first words.
 * A plain click navigates inside the app; a click with a modifier key, a middle click or the context menu act as on
 * any link. It is not a Docusaurus `<Link>` on purpose: that prefetches the target page's code as soon as the link
 * is on screen, and a list that changes with every keystroke would fetch the code of every page it ever showed
 * (about 110 KB for one list of eight, measured by the bench).
 */
export default function SearchHitLink({hit, withExcerpt = false, onFollow}: Props): React.JSX.Element {
  const history = useHistory();
  const href = hitHref(hit);
  const follow = (event: React.MouseEvent<HTMLAnchorElement>): void => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    onFollow?.();
    history.push(href);
  };
  return (
    <a href={href} className={styles.link} onClick={follow} data-testid="search-hit">
      <span className={styles.page}>{hit.page}</span>
      {hit.heading && (
        <span className={styles.section}>
          <span aria-hidden="true"> › </span>
          <span className="visually-hidden">, section </span>
          {hit.heading}
        </span>
      )}
      {withExcerpt && hit.excerpt && <span className={styles.excerpt}>{hit.excerpt}</span>}
    </a>
  );
}
