import React from 'react';
import FitBadge from '@site/src/components/FitBadge';
import styles from './styles.module.css';

/** The matrix legend: each mark with its meaning in words. */
export default function Legend(): React.JSX.Element {
  return (
    <dl className={styles.legend} aria-label="Legend">
      <div>
        <dt>
          <FitBadge fit="preferred" />
        </dt>
        <dd>
          The common or preferred method for this use case. Some use cases, such as IoT, need several methods together,
          so more than one cell in a row can be preferred.
        </dd>
      </div>
      <div>
        <dt>
          <FitBadge fit="possible" />
        </dt>
        <dd>A method that fits in some situations; its page says which.</dd>
      </div>
      <div>
        <dt>
          <FitBadge fit={undefined} />
        </dt>
        <dd>Not listed: the method is not a typical fit for this use case.</dd>
      </div>
    </dl>
  );
}
