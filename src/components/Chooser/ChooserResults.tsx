import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useCases} from '@site/src/data/matrix';
import {pathToUseCase} from '@site/src/data/queries';
import {NOTE_TITLES, type Choice, type Recommendation} from '@site/src/data/chooser';
import FitBadge from '@site/src/components/FitBadge';
import ReasonList from './ReasonList';
import styles from './styles.module.css';

export interface ChooserResultsProps {
  /** Prefix for element ids, unique on the page. */
  readonly idPrefix: string;
  /** What the reader chose. */
  readonly choice: Choice;
  /** The recommendation computed from the choice. */
  readonly result: Recommendation;
  /** Notes about parts of the link that were ignored. */
  readonly linkNotes: readonly string[];
}

/**
 * The results area: a polite live summary (empty until the page has hydrated),
 * the use case's methods, notes, and the ranking with reasons.
 */
export default function ChooserResults({idPrefix, choice, result, linkNotes}: ChooserResultsProps): React.JSX.Element {
  const interactive = useIsBrowser();
  const useCase = useCases.find((u) => u.id === choice.useCase);
  const headingId = `${idPrefix}-results`;
  return (
    <section className={styles.results} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.resultsHeading}>
        Recommendation
      </h3>
      <div className={styles.status} role="status" aria-live="polite" aria-atomic="true" data-testid="chooser-status">
        {interactive && (
          <>
            {linkNotes.map((note) => (
              <p key={note} className={styles.linkNote} data-testid="chooser-link-note">
                {note}
              </p>
            ))}
            <p className={styles.summary}>{result.summary}</p>
          </>
        )}
      </div>

      {useCase && (
        <>
          <h4 className={styles.subheading}>What the matrix recommends for {useCase.title}</h4>
          <ul className={styles.methodList} data-testid="chooser-use-case-methods" data-use-case={useCase.id}>
            {result.useCaseMethods.map((item) => (
              <li key={item.method.id} className={styles.methodItem} data-method={item.method.id} data-fit={item.fit}>
                <div className={styles.methodHead}>
                  <FitBadge fit={item.fit} />
                  <Link to={item.path}>{item.method.label}</Link>
                </div>
                <p className={styles.methodReason}>{item.reason}</p>
              </li>
            ))}
          </ul>
          <p className={styles.more}>
            Read more on the page <Link to={pathToUseCase(useCase.id)}>{useCase.title}</Link>.
          </p>
        </>
      )}

      {result.notes.length > 0 && (
        <div className={styles.notes} data-testid="chooser-notes">
          {result.notes.map((note) => (
            <div
              key={`${note.kind}-${note.methods.join('-')}`}
              className={clsx(styles.note, note.disagreement && styles.disagreement)}
              data-note-kind={note.kind}>
              <p className={styles.noteTitle}>
                <span aria-hidden="true">{note.disagreement ? '⚠ ' : '✓ '}</span>
                {NOTE_TITLES[note.kind]}
              </p>
              <p>{note.text}</p>
            </div>
          ))}
        </div>
      )}

      {result.ranking.length > 0 && (
        <>
          <h4 className={styles.subheading}>
            {useCase
              ? 'All five methods, ranked by your answers and the matrix'
              : 'All five methods, ranked by your answers'}
          </h4>
          <ol className={styles.ranking} data-testid="chooser-ranking">
            {result.ranking.map((entry) => (
              <li
                key={entry.method.id}
                className={styles.rankItem}
                data-method={entry.method.id}
                data-score={entry.score}>
                <div className={styles.methodHead}>
                  <Link to={entry.path} className={styles.rankLink}>
                    {entry.method.label}
                  </Link>
                  <span className={styles.score}>score {entry.score}</span>
                  {useCase && <FitBadge fit={entry.fit} />}
                </div>
                <ReasonList reasons={entry.reasons} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
