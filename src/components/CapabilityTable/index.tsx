import React from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {CategoryId} from '@site/src/data/types';
import {capabilitiesOf, capabilityMention} from '@site/src/data/capabilities';
import {categories} from '@site/src/data/matrix';
import {
  availabilityLabel,
  capabilityAnchor,
  kindLabel,
  statusLabel,
  versionLabel,
} from '@site/src/data/capability-queries';
import styles from './styles.module.css';

export interface CapabilityTableProps {
  /** The solution category whose capabilities to list (for integration layers: the gateways). */
  readonly category: CategoryId;
  /**
   * On the catalogue page: list each capability once, in its own group, with a row anchor (`#cap-<id>`).
   * Elsewhere every capability that serves the category is listed, without anchors.
   */
  readonly catalogue?: boolean;
}

/** A phrase as a sentence: capital first letter, one full stop at the end. */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/\.+$/, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
}

/** The Mendix capabilities of one solution category, drawn from the catalogue: status, version, where it runs. */
export default function CapabilityTable({category, catalogue = false}: CapabilityTableProps): React.JSX.Element {
  const title = categories.find((c) => c.id === category)?.title ?? category;
  const rows = capabilitiesOf(category, catalogue ? 'group' : 'serves');
  const brokenLinks = useBrokenLinks();
  // Row anchors are rendered by this component, not by Markdown: register them so the build checks links to them.
  if (catalogue) for (const {id} of rows) brokenLinks.collectAnchor(capabilityAnchor(id));
  return (
    <div
      className={styles.scroll}
      role="region"
      tabIndex={0}
      aria-label={`Mendix capabilities: ${title}`}
      data-testid="capability-table"
      data-category={category}
      data-scope={catalogue ? 'catalogue' : 'category'}>
      <table className={styles.table}>
        <caption>Mendix capabilities: {title}</caption>
        <thead>
          <tr>
            <th scope="col">Capability</th>
            <th scope="col">What it does</th>
            <th scope="col">Status and version</th>
            <th scope="col">Where it runs, licence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({id, capability}) => {
            const {status} = capability;
            // The same replacement text as the inline mention in prose.
            const {replacement, replacementHref} = capabilityMention(id) ?? {};
            const where = [availabilityLabel(capability), capability.availability?.note, capability.licence]
              .filter((n) => n !== undefined)
              .map(sentence);
            return (
              <tr key={id} id={catalogue ? capabilityAnchor(id) : undefined} data-capability={id}>
                <th scope="row">
                  <Link href={capability.reference}>{capability.name}</Link>
                  <span className={styles.kind}>{kindLabel(capability.kind)}</span>
                </th>
                <td>{capability.summary}</td>
                <td data-status={status.state}>
                  {statusLabel(capability)}
                  {replacement && replacementHref && (
                    <>
                      : use <Link to={replacementHref}>{replacement}</Link>
                    </>
                  )}
                  {status.state === 'beta' && status.note && <>: {status.note}</>}
                  <span className={styles.version}>{versionLabel(capability) ?? 'No minimum version stated'}</span>
                </td>
                <td>{where.length > 0 ? where.join(' ') : 'Wherever the app runs.'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
