import React from 'react';
import clsx from 'clsx';
import {reasonSourceLabel, type Reason} from '@site/src/data/chooser';
import styles from './styles.module.css';

export interface ReasonListProps {
  /** The reasons of one ranked method, in the order the data gives them. */
  readonly reasons: readonly Reason[];
}

/** Signed points as the eye reads them ("+2", "−2", "0"). */
function points(score: number): string {
  if (score > 0) return `+${score}`;
  if (score < 0) return `−${Math.abs(score)}`;
  return '0';
}

/** The same in words, for screen readers. */
function pointsInWords(score: number): string {
  if (score > 0) return `Adds ${score}:`;
  if (score < 0) return `Takes away ${Math.abs(score)}:`;
  return 'No points:';
}

/** The "+ because …" and "− because …" lines under a ranked method: sign and text, never colour alone. */
export default function ReasonList({reasons}: ReasonListProps): React.JSX.Element | null {
  if (reasons.length === 0) return null;
  return (
    <ul className={styles.reasons}>
      {reasons.map((reason) => (
        <li
          key={`${reasonSourceLabel(reason)}|${reason.text}`}
          className={clsx(
            styles.reason,
            reason.score > 0 ? styles.for : reason.score < 0 ? styles.against : styles.neutral,
          )}
          data-score={reason.score}>
          <span className={styles.points} aria-hidden="true">
            {points(reason.score)}
          </span>
          <span className={styles.visuallyHidden}>{pointsInWords(reason.score)} </span>
          <span className={styles.reasonText}>
            because {reason.text} <span className={styles.source}>({reasonSourceLabel(reason)})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
