import React from 'react';
import clsx from 'clsx';
import type {Fit} from '@site/src/data/types';
import {fitLabel} from '@site/src/data/queries';
import styles from './styles.module.css';

export interface FitBadgeProps {
  /** The fit to show; undefined shows the "not listed" mark. */
  readonly fit: Fit | undefined;
}

/** Symbol plus text for a matrix cell: the text carries the meaning, the colour only repeats it. */
export default function FitBadge({fit}: FitBadgeProps): React.JSX.Element {
  if (!fit) {
    return (
      <span className={clsx(styles.badge, styles.none)} data-fit="none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{fitLabel(undefined)}</span>
      </span>
    );
  }
  return (
    <span className={clsx(styles.badge, styles[fit])} data-fit={fit}>
      <span className={styles.symbol} aria-hidden="true">
        {fit === 'preferred' ? '●' : '○'}
      </span>
      {fitLabel(fit)}
    </span>
  );
}
