import React from 'react';
import Link from '@docusaurus/Link';
import matrix, {methods} from '@site/src/data/matrix';
import {pathToUseCase, listedUseCases, requireEntry, USE_CASES_PAGE_PATH} from '@site/src/data/queries';
import FitTable from '@site/src/components/FitTable';

export interface MethodUseCasesProps {
  /** Id of the method (matrix column) to show; an unknown id fails the build. */
  readonly method: string;
}

/** One method's column of the matrix: the use cases that list it, preferred first. */
export default function MethodUseCases({method: id}: MethodUseCasesProps): React.JSX.Element {
  const method = requireEntry(methods, 'method', id, `<MethodUseCases method="${id}" />`);
  const listed = listedUseCases(matrix, method.id);
  const unlisted = matrix.useCases.length - listed.length;
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
