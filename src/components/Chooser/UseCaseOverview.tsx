import React from 'react';
import Link from '@docusaurus/Link';
import {useCases} from '@site/src/data/matrix';
import {pathToUseCase} from '@site/src/data/queries';
import {recommendationsFor} from '@site/src/data/chooser';
import {chooserPath} from './path';
import type {Fit} from '@site/src/data/types';
import FitBadge from '@site/src/components/FitBadge';
import styles from './styles.module.css';

const GROUPS: readonly Fit[] = ['preferred', 'possible'];

/**
 * Every use case with its preferred and possible methods as links, drawn from
 * the matrix. Static: it is complete in the server HTML, so the page answers
 * its question with JavaScript off.
 */
export default function UseCaseOverview(): React.JSX.Element {
  return (
    <ul className={styles.overview} data-testid="use-case-overview">
      {useCases.map((useCase) => {
        const recommended = recommendationsFor(useCase.id);
        return (
          <li key={useCase.id} className={styles.overviewItem} data-use-case={useCase.id}>
            <p className={styles.overviewTitle}>
              <Link to={pathToUseCase(useCase.id)}>{useCase.title}</Link>
            </p>
            {GROUPS.map((fit) => {
              const items = recommended.filter((r) => r.fit === fit);
              if (items.length === 0) return null;
              return (
                <div key={fit} className={styles.overviewGroup} data-group={fit}>
                  <FitBadge fit={fit} />
                  <ul className={styles.inlineList}>
                    {items.map((item) => (
                      <li key={item.method.id}>
                        <Link to={item.path} data-method={item.method.id}>
                          {item.method.label}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
            <p className={styles.overviewMore}>
              <Link to={chooserPath(useCase.id)}>
                Open in the chooser<span className={styles.visuallyHidden}>: {useCase.title}</span>
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
