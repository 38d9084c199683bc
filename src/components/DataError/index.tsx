import React from 'react';
import styles from './styles.module.css';

export interface DataErrorProps {
  /** What the reader was meant to see, e.g. "The use-case matrix". */
  readonly subject: string;
  /** One message per problem, each naming what to fix. */
  readonly problems: readonly string[];
}

/** A visible, announced error box shown instead of a view whose data is broken. */
export default function DataError({subject, problems}: DataErrorProps): React.JSX.Element {
  return (
    <div className={styles.error} role="alert" data-testid="data-error">
      <p className={styles.title}>{subject} cannot be shown because its data has errors:</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
