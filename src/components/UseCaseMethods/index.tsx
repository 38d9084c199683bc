import React from 'react';
import Link from '@docusaurus/Link';
import {methods, useCases} from '@site/src/data/matrix';
import {categoryPath, fitOf, matrixRowPath, inSentence, requireEntry} from '@site/src/data/queries';
import {chooserPath} from '@site/src/components/Chooser/path';
import FitTable from '@site/src/components/FitTable';

export interface UseCaseMethodsProps {
  /** Id of the use case whose matrix row to show; an unknown id fails the build. */
  readonly useCase: string;
}

/** One use case's row of the matrix: every method with its fit, as a small table. */
export default function UseCaseMethods({useCase: id}: UseCaseMethodsProps): React.JSX.Element {
  const useCase = requireEntry(useCases, 'use case', id, `<UseCaseMethods useCase="${id}" />`);
  return (
    <FitTable
      caption={`Methods for ${inSentence(useCase.title)}`}
      rowKind="method"
      rows={methods.map((method) => ({
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
