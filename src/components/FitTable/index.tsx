import React from 'react';
import Link from '@docusaurus/Link';
import type {Fit} from '@site/src/data/types';
import FitBadge from '@site/src/components/FitBadge';
import styles from './styles.module.css';

/** One row: a linked name and its fit. */
export interface FitTableRow {
  /** Id of the method or use case the row names; written to the row's data attribute. */
  readonly id: string;
  /** Page the row's name links to. */
  readonly href: string;
  /** The name shown as the row header. */
  readonly label: string;
  /** The fit; undefined shows "Not listed". */
  readonly fit: Fit | undefined;
}

export interface FitTableProps {
  /** What the table shows, e.g. "Methods for IoT". */
  readonly caption: string;
  /** What each row names: methods (a use case's row) or use cases (a method's column). */
  readonly rowKind: 'method' | 'use-case';
  /** The rows, in the order to show. */
  readonly rows: readonly FitTableRow[];
  /** Test id and data attribute of the table, naming the view and what it is about. */
  readonly view: {readonly testId: string; readonly attribute: 'method' | 'use-case'; readonly id: string};
  /** A note below the table, with links back to the full matrix. */
  readonly children?: React.ReactNode;
}

/** A two-column slice of the matrix (name, fit): one use case's row or one method's column. */
export default function FitTable({caption, rowKind, rows, view, children}: FitTableProps): React.JSX.Element {
  return (
    <div className={styles.wrapper}>
      <table className={styles.table} data-testid={view.testId} {...{[`data-${view.attribute}`]: view.id}}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowKind === 'method' ? 'Method' : 'Use case'}</th>
            <th scope="col">Fit</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} {...{[`data-${rowKind}`]: row.id}}>
              <th scope="row">
                <Link to={row.href}>{row.label}</Link>
              </th>
              <td>
                <FitBadge fit={row.fit} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {children && <p className={styles.more}>{children}</p>}
    </div>
  );
}
