import React from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useAllDocsData, useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {changes} from '@site/src/data/changes';
import {formatDay} from '@site/src/data/review';
import styles from './styles.module.css';

/** The guide's changes of guidance, newest first, each with the pages it touched; drawn from src/data/changes.ts. */
export default function ChangeLog(): React.JSX.Element {
  const {docs} = useDocsVersion();
  const brokenLinks = useBrokenLinks();
  // Entry anchors are rendered here, not by Markdown: register them so the build checks links to them.
  for (const change of changes) brokenLinks.collectAnchor(change.id);
  const paths = new Map(
    Object.values(useAllDocsData()).flatMap((plugin) =>
      plugin.versions.flatMap((version) => version.docs.map((doc) => [doc.id, doc.path] as const)),
    ),
  );
  return (
    <ol className={styles.list} reversed data-testid="change-log">
      {changes.map((change) => (
        <li key={change.id} id={change.id} className={styles.change}>
          <h2 className={styles.title}>
            <time dateTime={change.date}>{formatDay(change.date)}</time>: {change.title}
          </h2>
          <p>{change.summary}</p>
          <p className={styles.pages}>
            Pages:{' '}
            {change.pages.map((id, i) => (
              <React.Fragment key={id}>
                {i > 0 && ', '}
                <Link to={paths.get(id)}>{docs[id]?.title ?? id}</Link>
              </React.Fragment>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}
