import React from 'react';
import Link from '@docusaurus/Link';
import defaultMatrix from '@site/src/data/matrix';
import type {MatrixData} from '@site/src/data/types';
import {categoryPath, findUseCase, fitOf, matrixRowId, validateMatrix, inSentence} from '@site/src/data/queries';
import {chooserPath} from '@site/src/components/Chooser/path';
import FitBadge from '@site/src/components/FitBadge';
import DataError from '@site/src/components/DataError';
import styles from './styles.module.css';

export interface UseCaseMethodsProps {
  /** Id of the use case whose matrix row to show. */
  readonly useCase: string;
  /** The matrix to read; defaults to the guide's own data file. */
  readonly data?: MatrixData;
}

/** One use case's row of the matrix: every method with its fit, as a small table. */
export default function UseCaseMethods({useCase: id, data = defaultMatrix}: UseCaseMethodsProps): React.JSX.Element {
  const problems = validateMatrix(data);
  const useCase = findUseCase(data, id);
  if (!useCase) {
    problems.push(`There is no use case with id "${id}". Known ids: ${data.useCases.map((u) => u.id).join(', ')}.`);
  }
  if (problems.length > 0 || !useCase) {
    return <DataError subject={`The methods for use case "${id}"`} problems={problems} />;
  }
  return (
    <div className={styles.wrapper}>
      <table className={styles.table} data-testid="use-case-methods" data-use-case={useCase.id}>
        <caption>Methods for {inSentence(useCase.title)}</caption>
        <thead>
          <tr>
            <th scope="col">Method</th>
            <th scope="col">Fit</th>
          </tr>
        </thead>
        <tbody>
          {data.methods.map((method) => (
            <tr key={method.id} data-method={method.id}>
              <th scope="row">
                <Link to={categoryPath(method.category)}>{method.label}</Link>
              </th>
              <td>
                <FitBadge fit={fitOf(useCase, method.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.more}>
        This is the use case&apos;s row of the{' '}
        <Link to={`/integration/integration-use-cases#${matrixRowId(useCase.id)}`}>full matrix</Link>.{' '}
        <Link to={chooserPath(useCase.id)} data-testid="chooser-link">
          Choose a method for this use case
        </Link>
        .
      </p>
    </div>
  );
}
