import React, {useId} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {methods, useCases} from '@site/src/data/matrix';
import {categoryPath, fitLabel, fitOf, matrixRowId, pathToUseCase} from '@site/src/data/queries';
import FitBadge from '@site/src/components/FitBadge';
import CopyRowLink from './CopyRowLink';
import {NO_FILTER, rowMatches, type MatrixFilter} from './filter';
import styles from './styles.module.css';

export interface MatrixTableProps {
  /** Highlighted method and visible rows; no filter shows everything. */
  readonly filter?: MatrixFilter;
  /** Table caption; says what the table shows. */
  readonly caption?: string;
}

/** The guide's use-case-vs-method matrix as a semantic, scrollable table. Pure: same props, same HTML. */
export default function MatrixTable({
  filter = NO_FILTER,
  caption = 'Use cases and the integration methods that suit them',
}: MatrixTableProps): React.JSX.Element {
  const captionId = useId();
  const brokenLinks = useBrokenLinks();

  return (
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table} data-testid="matrix">
        <caption id={captionId} className={styles.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              Use case
            </th>
            {methods.map((method) => {
              const highlighted = filter.method === method.id;
              return (
                <th
                  key={method.id}
                  scope="col"
                  className={clsx(styles.methodHeader, highlighted && styles.highlighted)}
                  data-method={method.id}>
                  <Link to={categoryPath(method.category)}>{method.label}</Link>
                  {highlighted && <span className="visually-hidden"> (highlighted)</span>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {useCases.map((useCase) => {
            const rowId = matrixRowId(useCase.id);
            // Register the row id so the build's anchor check accepts links to it.
            brokenLinks.collectAnchor(rowId);
            return (
              <tr key={useCase.id} id={rowId} hidden={!rowMatches(useCase, filter)} data-use-case={useCase.id}>
                <th scope="row" className={styles.rowHeader}>
                  <Link to={pathToUseCase(useCase.id)}>{useCase.title}</Link>
                  <span className={styles.rowTools}>
                    <a
                      className={styles.rowLink}
                      href={`#${rowId}`}
                      aria-label={`Link to this row: ${useCase.title}`}
                      title="Link to this row">
                      #
                    </a>
                    <CopyRowLink rowId={rowId} title={useCase.title} />
                  </span>
                </th>
                {methods.map((method) => {
                  const fit = fitOf(useCase, method.id);
                  return (
                    <td
                      key={method.id}
                      className={clsx(styles.cell, filter.method === method.id && styles.highlighted)}
                      data-method={method.id}
                      data-label={`${method.label}: ${fitLabel(fit)}`}>
                      <FitBadge fit={fit} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
