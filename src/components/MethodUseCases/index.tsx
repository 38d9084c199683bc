import React from 'react';
import Link from '@docusaurus/Link';
import defaultMatrix from '@site/src/data/matrix';
import type {MatrixData} from '@site/src/data/types';
import {findMethod, pathToUseCase, listedUseCases, USE_CASES_PAGE_PATH, validateMatrix} from '@site/src/data/queries';
import FitTable from '@site/src/components/FitTable';
import DataError from '@site/src/components/DataError';

export interface MethodUseCasesProps {
  /** Id of the method (matrix column) to show. */
  readonly method: string;
  /** The matrix to read; defaults to the guide's own data file. */
  readonly data?: MatrixData;
}

/** One method's column of the matrix: the use cases that list it, preferred first. */
export default function MethodUseCases({method: id, data = defaultMatrix}: MethodUseCasesProps): React.JSX.Element {
  const problems = validateMatrix(data);
  const method = findMethod(data, id);
  if (!method) {
    problems.push(`There is no method with id "${id}". Known ids: ${data.methods.map((m) => m.id).join(', ')}.`);
  }
  if (problems.length > 0 || !method) {
    return <DataError subject={`The use cases for method "${id}"`} problems={problems} />;
  }
  const listed = listedUseCases(data, method.id);
  const unlisted = data.useCases.length - listed.length;
  return (
    <FitTable
      caption={`Use cases that list ${method.label}`}
      rowKind="use-case"
      rows={listed.map(({useCase, fit}) => ({
        id: useCase.id,
        href: pathToUseCase(useCase.id),
        label: useCase.title,
        fit,
      }))}
      view={{testId: 'method-use-cases', attribute: 'method', id: method.id}}>
      {unlisted === 0
        ? 'Every use case in the matrix lists this method.'
        : `The other ${unlisted} use case${unlisted === 1 ? '' : 's'} do${unlisted === 1 ? 'es' : ''} not list it.`}{' '}
      This is the method&apos;s column of the{' '}
      <Link to={`${USE_CASES_PAGE_PATH}?method=${method.id}#matrix`}>full matrix</Link>.
    </FitTable>
  );
}
