import React from 'react';
import Link from '@docusaurus/Link';
import type {CapabilityMention} from '@site/src/data/capabilities';
import styles from './styles.module.css';

/** Pages write only `id` (and optional words); `src/plugins/remark-capability` fills in the rest at build time. */
export interface CapabilityProps extends Partial<CapabilityMention> {
  /** Id of the capability in `src/data/capabilities.ts`. */
  readonly id: string;
  /** Words to show instead of the catalogue name, to fit a sentence; the status is shown either way. */
  readonly children?: React.ReactNode;
  /** Id(s) of the text that describes the link: set by `TermPreview` around a section's first mention. */
  readonly describedBy?: string;
}

/**
 * A Mendix capability named in prose: its name, linked to its reference page on docs.mendix.com, followed by
 * what a reader must know before relying on it, as text: "Beta", "Deprecated since ...: use X", the Studio Pro
 * version it needs and where it runs when that is restricted. Every value comes from the catalogue, resolved
 * at build time, so the page carries no catalogue code.
 */
export default function Capability(props: CapabilityProps): React.JSX.Element {
  const {id, name, href, status, label, notes, replacement, replacementHref, children, describedBy} = props;
  if (!name || !href || !status) {
    throw new Error(`<Capability id="${id}"> was not resolved: src/plugins/remark-capability must run on this page`);
  }
  const statusText =
    status === 'deprecated' && replacement && replacementHref ? (
      <strong className={styles.deprecated}>
        {label}: use <Link to={replacementHref}>{replacement}</Link>
      </strong>
    ) : label ? (
      <strong className={styles.beta}>{label}</strong>
    ) : undefined;
  return (
    <span data-capability={id} data-status={status}>
      <Link href={href} aria-describedby={describedBy}>
        {children ?? name}
      </Link>
      {(statusText || notes) && (
        <span className={styles.meta}>
          {' ('}
          {statusText}
          {statusText && notes && ', '}
          {notes}
          {')'}
        </span>
      )}
    </span>
  );
}
