import React from 'react';
import Link from '@docusaurus/Link';
import type {Capability as CapabilityEntry, CapabilityId} from '@site/src/data/capability-types';
import {capabilities} from '@site/src/data/capabilities';
import {availabilityLabel, capabilityPath, statusLabel, versionLabel} from '@site/src/data/capability-queries';
import styles from './styles.module.css';

export interface CapabilityProps {
  /** Id of the capability in `src/data/capabilities.ts`; an unknown id fails the build (see the unit tests). */
  readonly id: CapabilityId;
  /** Words to show instead of the catalogue name, to fit a sentence; the status is shown either way. */
  readonly children?: React.ReactNode;
}

/**
 * A Mendix capability named in prose: its name, linked to its reference page on docs.mendix.com, followed by
 * what a reader must know before relying on it, as text: "Beta", "Deprecated since ...: use X", the Studio Pro
 * version it needs and where it runs when that is restricted.
 */
export default function Capability({id, children}: CapabilityProps): React.JSX.Element {
  // MDX props are not type-checked: an unknown id must stop the build with the id, not render an empty link.
  const capability: CapabilityEntry | undefined = (capabilities as Readonly<Record<string, CapabilityEntry>>)[id];
  if (!capability) throw new Error(`<Capability id="${id}">: no such capability in src/data/capabilities.ts`);
  const {status} = capability;
  const notes = [versionLabel(capability), availabilityLabel(capability)].filter((n) => n !== undefined);
  let label: React.ReactNode;
  if (status.state === 'beta') label = <strong className={styles.beta}>Beta</strong>;
  if (status.state === 'deprecated') {
    label = (
      <strong className={styles.deprecated}>
        {statusLabel(capability)}: use{' '}
        <Link to={capabilityPath(status.replacedBy)}>{capabilities[status.replacedBy].name}</Link>
      </strong>
    );
  }
  return (
    <span data-capability={id} data-status={status.state}>
      <Link href={capability.reference}>{children ?? capability.name}</Link>
      {(label || notes.length > 0) && (
        <span className={styles.meta}>
          {' ('}
          {label}
          {label && notes.length > 0 && ', '}
          {notes.join(', ')}
          {')'}
        </span>
      )}
    </span>
  );
}
