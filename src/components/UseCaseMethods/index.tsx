import React from 'react';
import Link from '@docusaurus/Link';
import defaultMatrix from '@site/src/data/matrix';
import type {MatrixData} from '@site/src/data/types';
import {categoryPath, findUseCase, fitOf, matrixRowPath, validateMatrix, inSentence} from '@site/src/data/queries';
import {chooserPath} from '@site/src/components/Chooser/path';
import FitTable from '@site/src/components/FitTable';
import DataError from '@site/src/components/DataError';

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
    <FitTable
      caption={`Methods for ${inSentence(useCase.title)}`}
      rowKind="method"
      rows={data.methods.map((method) => ({
        id: method.id,
        href: categoryPath(method.category),
        label: method.label,
        fit: fitOf(useCase, method.id),
      }))}
      view={{testId: 'use-case-methods', attribute: 'use-case', id: useCase.id}}>
      This is the use case&apos;s row of the <Link to={matrixRowPath(useCase.id)}>full matrix</Link>.{' '}
      <Link to={chooserPath(useCase.id)} data-testid="chooser-link">
        Choose a method for this use case
      </Link>
      .
    </FitTable>
  );
}
