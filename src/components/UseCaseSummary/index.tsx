import React from 'react';
import Link from '@docusaurus/Link';
import defaultMatrix from '@site/src/data/matrix';
import type {MatrixData} from '@site/src/data/types';
import {categoryPath, findUseCase, matrixRowPath, methodsFor, pathToUseCase, inSentence} from '@site/src/data/queries';
import DataError from '@site/src/components/DataError';
import styles from './styles.module.css';

export interface UseCaseSummaryProps {
  /** Id of the use case to summarise. */
  readonly useCase: string;
  /** The matrix to read; defaults to the guide's own data file. */
  readonly data?: MatrixData;
}

/** A use case in brief: its need, its preferred and possible methods as links, and a link to its page. */
export default function UseCaseSummary({useCase: id, data = defaultMatrix}: UseCaseSummaryProps): React.JSX.Element {
  const useCase = findUseCase(data, id);
  if (!useCase) {
    return (
      <DataError
        subject={`The summary of use case "${id}"`}
        problems={[`There is no use case with id "${id}". Known ids: ${data.useCases.map((u) => u.id).join(', ')}.`]}
      />
    );
  }
  const listed = methodsFor(data, useCase);
  const group = (fit: 'preferred' | 'possible') => listed.filter((m) => m.fit === fit);
  const links = (items: ReturnType<typeof group>) =>
    items.map(({method}, i) => (
      <React.Fragment key={method.id}>
        {i > 0 && ', '}
        <Link to={categoryPath(method.category)}>{method.label}</Link>
      </React.Fragment>
    ));
  const preferred = group('preferred');
  const possible = group('possible');
  return (
    <div className={styles.summary} data-testid="use-case-summary" data-use-case={useCase.id}>
      <p>{useCase.summary}</p>
      <dl className={styles.fits}>
        <dt>Preferred</dt>
        <dd>{preferred.length > 0 ? links(preferred) : 'None: the choice depends on the situation.'}</dd>
        <dt>Possible</dt>
        <dd>{possible.length > 0 ? links(possible) : 'None.'}</dd>
      </dl>
      <p className={styles.more}>
        <Link to={pathToUseCase(useCase.id)}>Read the full guide to {inSentence(useCase.title)}</Link>
        {' · '}
        <Link to={matrixRowPath(useCase.id)}>its row in the matrix</Link>
      </p>
    </div>
  );
}
