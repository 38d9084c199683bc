import React from 'react';
import Link from '@docusaurus/Link';
import matrix, {useCases} from '@site/src/data/matrix';
import {categoryPath, matrixRowPath, methodsFor, pathToUseCase, inSentence, requireEntry} from '@site/src/data/queries';
import styles from './styles.module.css';

export interface UseCaseSummaryProps {
  /** Id of the use case to summarise; an unknown id fails the build. */
  readonly useCase: string;
}

/** A use case in brief: its need, its preferred and possible methods as links, and a link to its page. */
export default function UseCaseSummary({useCase: id}: UseCaseSummaryProps): React.JSX.Element {
  const useCase = requireEntry(useCases, 'use case', id, `<UseCaseSummary useCase="${id}" />`);
  const listed = methodsFor(matrix, useCase);
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
